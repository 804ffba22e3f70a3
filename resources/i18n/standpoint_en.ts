<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CodeRolesDialog</name>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n coding</numerusform>
            <numerusform>%n codings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln statement(s)</source>
        <translation>
            <numerusform>%Ln statement</numerusform>
            <numerusform>%Ln statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n statement(s)</source>
        <translation>
            <numerusform>Delete %n statement</numerusform>
            <numerusform>Delete %n statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n file(s)</source>
        <translation>
            <numerusform>Import %n file</numerusform>
            <numerusform>Import %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n file(s)</source>
        <translation>
            <numerusform>Merge %n file</numerusform>
            <numerusform>Merge %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %n file(s):</source>
        <translation>
            <numerusform>Merged %n file:</numerusform>
            <numerusform>Merged %n files:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) added.</source>
        <translation>
            <numerusform>%n statement added.</numerusform>
            <numerusform>%n statements added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
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
</context>
<context>
    <name>DocumentsController</name>
    <message numerus="yes">
        <source>Delete “{title}” and its %n statement(s)? (You can undo this.)</source>
        <translation>
            <numerusform>Delete “{title}” and its %n statement? (You can undo this.)</numerusform>
            <numerusform>Delete “{title}” and its %n statements? (You can undo this.)</numerusform>
        </translation>
    </message>
</context>
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
<context>
    <name>SchemeDialog</name>
    <message numerus="yes">
        <source>%n statement(s) take(s) the stance “{label}”. Delete it from the scheme? Those statements keep their text and lose the stance. (You can undo this.)</source>
        <translation>
            <numerusform>%n statement take the stance “{label}”. Delete it from the scheme? Those statements keep their text and lose the stance. (You can undo this.)</numerusform>
            <numerusform>%n statements takes the stance “{label}”. Delete it from the scheme? Those statements keep their text and lose the stance. (You can undo this.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) of text</source>
        <translation>
            <numerusform>%n passage of text</numerusform>
            <numerusform>%n passages of text</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpeakersDialog</name>
    <message numerus="yes">
        <source>“{name}” is the speaker of %n statement(s). Delete the speaker? The statements stay, without a speaker. (You can undo this.)</source>
        <translation>
            <numerusform>“{name}” is the speaker of %n statement. Delete the speaker? The statements stay, without a speaker. (You can undo this.)</numerusform>
            <numerusform>“{name}” is the speaker of %n statements. Delete the speaker? The statements stay, without a speaker. (You can undo this.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message numerus="yes">
        <source>%n chosen document(s)</source>
        <translation>
            <numerusform>%n chosen document</numerusform>
            <numerusform>%n chosen documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsController</name>
    <message numerus="yes">
        <source>%n suggested: Enter accepts, Delete rejects, arrows move between them.</source>
        <translation>
            <numerusform>%n suggested: Enter accepts, Delete rejects, arrows move between them.</numerusform>
            <numerusform>%n suggested: Enter accepts, Delete rejects, arrows move between them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggested in {where} of {documents} documents; each document lists its own when you open it.</source>
        <translation>
            <numerusform>%n suggested in {where} of {documents} documents; each document lists its own when you open it.</numerusform>
            <numerusform>%n suggested in {where} of {documents} documents; each document lists its own when you open it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>Accept %n suggestion</numerusform>
            <numerusform>Accept %n suggestions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorksheetDialog</name>
    <message numerus="yes">
        <source>The statements the list shows (%n)</source>
        <translation>
            <numerusform>The statement the list shows (%n)</numerusform>
            <numerusform>The statements the list shows (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The selected statements (%n)</source>
        <translation>
            <numerusform>The selected statement (%n)</numerusform>
            <numerusform>The selected statements (%n)</numerusform>
        </translation>
    </message>
</context>
</TS>
