<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>LayerButton</name>
    <message numerus="yes">
        <source>Annotators: %n</source>
        <translation>
            <numerusform>Annotator: %n</numerusform>
            <numerusform>Annotators: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incomplete</source>
        <translation>
            <numerusform>%n incomplete</numerusform>
            <numerusform>%n incomplete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>%n not found</numerusform>
            <numerusform>%n not found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n by the annotators shown</source>
        <translation>
            <numerusform>%n by the annotators shown</numerusform>
            <numerusform>%n by the annotators shown</numerusform>
        </translation>
    </message>
</context>
</TS>
