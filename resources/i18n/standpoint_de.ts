<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Accessibility</name>
    <message>
        <source>speaker {name}</source>
        <translation>Sprecher {name}</translation>
    </message>
    <message>
        <source>speaker missing</source>
        <translation>Sprecher fehlt</translation>
    </message>
    <message>
        <source>stance {label}</source>
        <translation>Haltung {label}</translation>
    </message>
    <message>
        <source>stance missing</source>
        <translation>Haltung fehlt</translation>
    </message>
    <message>
        <source>annotator {name}</source>
        <translation>Annotator {name}</translation>
    </message>
    <message>
        <source>annotator unknown</source>
        <translation>Annotator unbekannt</translation>
    </message>
    <message>
        <source>“{quote}”</source>
        <translation>„{quote}“</translation>
    </message>
    <message>
        <source>not found in the document&apos;s text</source>
        <translation>im Text des Dokuments nicht gefunden</translation>
    </message>
    <message>
        <source>In a statement not shown in the list</source>
        <translation>In einer Aussage, die die Liste nicht zeigt</translation>
    </message>
    <message>
        <source>In statement {n} of {total}: {speaker}, {stance}</source>
        <translation>In Aussage {n} von {total}: {speaker}, {stance}</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Mark Statement</source>
        <translation>Aussage &amp;markieren</translation>
    </message>
    <message>
        <source>Mark the selected text as a statement (Enter)</source>
        <translation>Den ausgewählten Text als Aussage markieren (Eingabe)</translation>
    </message>
    <message>
        <source>Set Span to &amp;Selection</source>
        <translation>Bereich auf Aus&amp;wahl setzen</translation>
    </message>
    <message>
        <source>Give the current statement the text selected in the article</source>
        <translation>Der aktuellen Aussage den im Artikel ausgewählten Text zuweisen</translation>
    </message>
    <message>
        <source>&amp;Delete Statement</source>
        <translation>Aussage &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Next Statement</source>
        <translation>&amp;Nächste Aussage</translation>
    </message>
    <message>
        <source>&amp;Previous Statement</source>
        <translation>&amp;Vorherige Aussage</translation>
    </message>
    <message>
        <source>&amp;Suggest Statements</source>
        <translation>Aussagen &amp;vorschlagen</translation>
    </message>
    <message>
        <source>Find quotes, cue verbs and speakers in this document and propose them</source>
        <translation>Zitate, Redeverben und Sprecher in diesem Dokument finden und vorschlagen</translation>
    </message>
    <message>
        <source>Suggest in All &amp;Documents</source>
        <translation>In allen &amp;Dokumenten vorschlagen</translation>
    </message>
    <message>
        <source>Find proposals in every document of the project</source>
        <translation>Vorschläge in allen Dokumenten des Projekts finden</translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation>Vorschlag &amp;annehmen</translation>
    </message>
    <message>
        <source>Mark the current suggestion with its speaker and mode</source>
        <translation>Den aktuellen Vorschlag mit Sprecher und Modus markieren</translation>
    </message>
    <message>
        <source>Re&amp;ject Suggestion</source>
        <translation>Vorschlag a&amp;blehnen</translation>
    </message>
    <message>
        <source>Not a statement: it is not proposed again</source>
        <translation>Keine Aussage: wird nicht wieder vorgeschlagen</translation>
    </message>
    <message>
        <source>Accept A&amp;ll Suggestions</source>
        <translation>A&amp;lle Vorschläge annehmen</translation>
    </message>
    <message>
        <source>Next Su&amp;ggestion</source>
        <translation>Nächster Vorschla&amp;g</translation>
    </message>
    <message>
        <source>Previous Sugg&amp;estion</source>
        <translation>Vorh&amp;eriger Vorschlag</translation>
    </message>
    <message>
        <source>Next &amp;Incomplete Statement</source>
        <translation>Nächste &amp;unvollständige Aussage</translation>
    </message>
    <message>
        <source>Jump to the next statement without a speaker or a stance</source>
        <translation>Zur nächsten Aussage ohne Sprecher oder Haltung springen</translation>
    </message>
    <message>
        <source>Back to the &amp;Article</source>
        <translation>Zurück zum &amp;Artikel</translation>
    </message>
    <message>
        <source>&amp;Filter Statements</source>
        <translation>Aussagen &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Search Project…</source>
        <translation>Projekt &amp;durchsuchen…</translation>
    </message>
    <message>
        <source>Search quotes, notes and the text of every document</source>
        <translation>Zitate, Notizen und den Text aller Dokumente durchsuchen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Colour by S&amp;peaker</source>
        <translation>Nach S&amp;precher färben</translation>
    </message>
    <message>
        <source>Colour highlights by speaker instead of stance</source>
        <translation>Markierungen nach Sprecher statt nach Haltung färben</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Your name as annotator, and the language of the window</source>
        <translation>Ihr Name als Annotator und die Sprache des Fensters</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s project, W3C JSON exports or .qdpx files: one undo step</source>
        <translation>Das Projekt eines Kollegen, W3C-JSON-Exporte oder .qdpx-Dateien zusammenführen: ein Rückgängig-Schritt</translation>
    </message>
    <message>
        <source>Merge &amp;Folder…</source>
        <translation>&amp;Ordner zusammenführen…</translation>
    </message>
    <message>
        <source>Merge every project and export in a folder (a shared folder, a git repository written by export --per-annotator)</source>
        <translation>Alle Projekte und Exporte eines Ordners zusammenführen (ein geteilter Ordner, ein Git-Repository aus export --per-annotator)</translation>
    </message>
    <message>
        <source>&amp;Speakers…</source>
        <translation>&amp;Sprecher…</translation>
    </message>
    <message>
        <source>Stance S&amp;cheme…</source>
        <translation>&amp;Haltungsschema…</translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation>S&amp;tatistik…</translation>
    </message>
    <message>
        <source>Statements by speaker, target, document or annotator and stance</source>
        <translation>Aussagen nach Sprecher, Ziel, Dokument oder Annotator und Haltung</translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation>Ü&amp;bereinstimmung…</translation>
    </message>
    <message>
        <source>How far the annotators agree; settle their disagreements</source>
        <translation>Wie weit die Annotatoren übereinstimmen; Abweichungen entscheiden</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>An empty project, saved where you choose</source>
        <translation>Ein leeres Projekt, gespeichert, wo Sie wählen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import articles (txt, md, html, docx, pdf, epub) or W3C annotations</source>
        <translation>Artikel (txt, md, html, docx, pdf, epub) oder W3C-Annotationen importieren</translation>
    </message>
    <message>
        <source>&amp;Paste as New Document</source>
        <translation>Als neues Dokument ein&amp;fügen</translation>
    </message>
    <message>
        <source>&amp;Keep Line Breaks of Plain Text</source>
        <translation>&amp;Zeilenumbrüche in reinem Text beibehalten</translation>
    </message>
    <message>
        <source>Import hard-wrapped text files as they are, instead of joining their lines into paragraphs</source>
        <translation>Fest umbrochene Textdateien unverändert importieren, statt ihre Zeilen zu Absätzen zu verbinden</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>The whole project as one file elsewhere, to send or to keep</source>
        <translation>Das ganze Projekt als eine Datei an anderem Ort, zum Versenden oder Aufbewahren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Markdown, HTML handout, PDF, CSV, W3C JSON-LD, REFI-QDA</source>
        <translation>Markdown, HTML-Handout, PDF, CSV, W3C JSON-LD, REFI-QDA</translation>
    </message>
    <message>
        <source>Export &amp;Worksheet…</source>
        <translation>Arbeitsblatt e&amp;xportieren…</translation>
    </message>
    <message>
        <source>A worksheet for class and its answer key: the chosen statements numbered in the article, a table to fill in</source>
        <translation>Ein Arbeitsblatt für den Unterricht mit Lösung: die gewählten Aussagen nummeriert im Artikel, eine Tabelle zum Ausfüllen</translation>
    </message>
    <message>
        <source>&amp;Replace Text from File…</source>
        <translation>Text aus Datei &amp;ersetzen…</translation>
    </message>
    <message>
        <source>Load a newer version of this document; statements follow their quotes</source>
        <translation>Eine neuere Fassung dieses Dokuments laden; Aussagen folgen ihren Zitaten</translation>
    </message>
    <message>
        <source>Restore &amp;Backup…</source>
        <translation>&amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Put an earlier state of this project back (the current one is kept too)</source>
        <translation>Einen früheren Stand dieses Projekts zurückholen (der aktuelle bleibt ebenfalls erhalten)</translation>
    </message>
    <message>
        <source>Document &amp;Properties…</source>
        <translation>Dokument&amp;eigenschaften…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Standpoint</source>
        <translation>&amp;Über Standpoint</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>&amp;Suggestions</source>
        <translation>&amp;Vorschläge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Rückgängig: {action}</translation>
    </message>
    <message>
        <source>Undo {action}</source>
        <translation>Rückgängig: {action}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Wiederherstellen: {action}</translation>
    </message>
    <message>
        <source>Redo {action}</source>
        <translation>Wiederherstellen: {action}</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>&amp;Measures</source>
        <translation>&amp;Maße</translation>
    </message>
    <message>
        <source>&amp;Disagreements</source>
        <translation>&amp;Abweichungen</translation>
    </message>
    <message>
        <source>Annotators: {annotators} · documents they share: {documents} · units: {units}, coded by two or more: {paired}&lt;br&gt;Spans: F1 {f1} · alpha&lt;sub&gt;u&lt;/sub&gt; {alpha_u}</source>
        <translation>Annotatoren: {annotators} · gemeinsame Dokumente: {documents} · Einheiten: {units}, von zwei oder mehr codiert: {paired}&lt;br&gt;Bereiche: F1 {f1} · alpha&lt;sub&gt;u&lt;/sub&gt; {alpha_u}</translation>
    </message>
    <message>
        <source>field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>beobachtet</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Agreement by field</source>
        <translation>Übereinstimmung nach Feld</translation>
    </message>
    <message>
        <source>Agreement by category</source>
        <translation>Übereinstimmung nach Kategorie</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>{field}: {first} (rows) × {second} (columns)</source>
        <translation>{field}: {first} (Zeilen) × {second} (Spalten)</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>Take {annotator}&apos;s ({key})</source>
        <translation>Fassung von {annotator} übernehmen ({key})</translation>
    </message>
    <message>
        <source>&amp;Edit… (E)</source>
        <translation>&amp;Bearbeiten… (E)</translation>
    </message>
    <message>
        <source>Up/Down: step through · 1–9: take that annotator&apos;s version · E: edit · Ctrl+Z: undo. The annotators&apos; statements are kept; the decision is a new reviewed statement.</source>
        <translation>Auf/Ab: durchgehen · 1–9: Fassung dieses Annotators übernehmen · E: bearbeiten · Strg+Z: rückgängig. Die Aussagen der Annotatoren bleiben erhalten; die Entscheidung ist eine neue, geprüfte Aussage.</translation>
    </message>
    <message>
        <source>{field} differs</source>
        <translation>{field} weicht ab</translation>
    </message>
    <message>
        <source>{annotator} did not mark it</source>
        <translation>{annotator} hat sie nicht markiert</translation>
    </message>
    <message>
        <source>No disagreements: the annotators agree on every unit.</source>
        <translation>Keine Abweichungen: Die Annotatoren stimmen bei jeder Einheit überein.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>AnnotatorPrompt</name>
    <message>
        <source>Your name as annotator:</source>
        <translation>Ihr Name als Annotator:</translation>
    </message>
    <message>
        <source>the name your statements carry</source>
        <translation>der Name, den Ihre Aussagen tragen</translation>
    </message>
    <message>
        <source>Your name as annotator</source>
        <translation>Ihr Name als Annotator</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Keep your login name; change it any time in Edit &gt; Preferences…</source>
        <translation>Den Anmeldenamen behalten; jederzeit änderbar unter Bearbeiten &gt; Einstellungen…</translation>
    </message>
</context>
<context>
    <name>Annotators</name>
    <message>
        <source>(no annotator)</source>
        <translation>(kein Annotator)</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>BackupPicker</name>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>CodeRolesDialog</name>
    <message>
        <source>Speakers</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Stances</source>
        <translation>Haltungen</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Modes of reporting</source>
        <translation>Wiedergabemodi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Import “{file}”</source>
        <translation>„{file}“ importieren</translation>
    </message>
    <message>
        <source>another tool</source>
        <translation>einem anderen Programm</translation>
    </message>
    <message>
        <source>This project comes from {origin}, whose codes Standpoint does not know.</source>
        <translation>Dieses Projekt stammt aus {origin}, dessen Codes Standpoint nicht kennt.</translation>
    </message>
    <message>
        <source>This codebook comes from {origin}, whose codes Standpoint does not know.</source>
        <translation>Dieses Codebuch stammt aus {origin}, dessen Codes Standpoint nicht kennt.</translation>
    </message>
    <message>
        <source>Say what each branch of its codebook is: codes of a speakers branch become speakers, and so on; the choices below are a guess.</source>
        <translation>Geben Sie an, was jeder Zweig des Codebuchs ist: Codes eines Sprecher-Zweigs werden zu Sprechern usw.; die Auswahl unten ist eine Vermutung.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n Code</numerusform>
            <numerusform>%n Codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n Codierung</numerusform>
            <numerusform>%n Codierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Role of {branch}</source>
        <translation>Rolle von {branch}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>Choose a colour</source>
        <translation>Farbe wählen</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Adjudicate “{quote}” (edited)</source>
        <translation>„{quote}“ entscheiden (bearbeitet)</translation>
    </message>
    <message>
        <source>Adjudicate “{quote}”: take {annotator}&apos;s</source>
        <translation>„{quote}“ entscheiden: Fassung von {annotator}</translation>
    </message>
    <message>
        <source>Adjudicate “{quote}”: take the version without an annotator</source>
        <translation>„{quote}“ entscheiden: Fassung ohne Annotator</translation>
    </message>
    <message>
        <source>Import “{name}”</source>
        <translation>„{name}“ importieren</translation>
    </message>
    <message>
        <source>Delete document “{title}”</source>
        <translation>Dokument „{title}“ löschen</translation>
    </message>
    <message>
        <source>Replace the text of “{title}”</source>
        <translation>Text von „{title}“ ersetzen</translation>
    </message>
    <message>
        <source>Add speaker {name}</source>
        <translation>Sprecher {name} hinzufügen</translation>
    </message>
    <message>
        <source>Merge speaker {gone} into {keep}</source>
        <translation>Sprecher {gone} mit {keep} zusammenführen</translation>
    </message>
    <message>
        <source>Delete speaker {name}</source>
        <translation>Sprecher {name} löschen</translation>
    </message>
    <message>
        <source>Add stance {label}</source>
        <translation>Haltung {label} hinzufügen</translation>
    </message>
    <message>
        <source>Reorder stances</source>
        <translation>Haltungen umordnen</translation>
    </message>
    <message>
        <source>Delete stance {label}</source>
        <translation>Haltung {label} löschen</translation>
    </message>
    <message>
        <source>Set speaker of “{quote}”</source>
        <translation>Sprecher von „{quote}“ setzen</translation>
    </message>
    <message>
        <source>Set stance of “{quote}”</source>
        <translation>Haltung von „{quote}“ setzen</translation>
    </message>
    <message>
        <source>Set target of “{quote}”</source>
        <translation>Ziel von „{quote}“ setzen</translation>
    </message>
    <message>
        <source>Set mode of “{quote}”</source>
        <translation>Modus von „{quote}“ setzen</translation>
    </message>
    <message>
        <source>Set note of “{quote}”</source>
        <translation>Notiz zu „{quote}“ ändern</translation>
    </message>
    <message>
        <source>Change “{quote}”</source>
        <translation>„{quote}“ ändern</translation>
    </message>
    <message>
        <source>Mark “{quote}”</source>
        <translation>„{quote}“ markieren</translation>
    </message>
    <message>
        <source>Delete “{quote}”</source>
        <translation>„{quote}“ löschen</translation>
    </message>
    <message>
        <source>Set stance of “{quote}” to {value}</source>
        <translation>Haltung von „{quote}“ auf {value} setzen</translation>
    </message>
    <message>
        <source>Clear stance of “{quote}”</source>
        <translation>Haltung von „{quote}“ entfernen</translation>
    </message>
    <message>
        <source>Set speaker of “{quote}” to {value}</source>
        <translation>Sprecher von „{quote}“ auf {value} setzen</translation>
    </message>
    <message>
        <source>Clear speaker of “{quote}”</source>
        <translation>Sprecher von „{quote}“ entfernen</translation>
    </message>
    <message>
        <source>Set target of “{quote}” to {value}</source>
        <translation>Ziel von „{quote}“ auf {value} setzen</translation>
    </message>
    <message>
        <source>Clear target of “{quote}”</source>
        <translation>Ziel von „{quote}“ entfernen</translation>
    </message>
    <message>
        <source>Change span of “{quote}” to “{new}”</source>
        <translation>Bereich von „{quote}“ auf „{new}“ ändern</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln statement(s)</source>
        <translation>
            <numerusform>%Ln Aussage</numerusform>
            <numerusform>%Ln Aussagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n statement(s)</source>
        <translation>
            <numerusform>%n Aussage löschen</numerusform>
            <numerusform>%n Aussagen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n file(s)</source>
        <translation>
            <numerusform>%n Datei importieren</numerusform>
            <numerusform>%n Dateien importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n file(s)</source>
        <translation>
            <numerusform>%n Datei zusammenführen</numerusform>
            <numerusform>%n Dateien zusammenführen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %n file(s):</source>
        <translation>
            <numerusform>%n Datei zusammengeführt:</numerusform>
            <numerusform>%n Dateien zusammengeführt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) added.</source>
        <translation>
            <numerusform>%n Aussage hinzugefügt.</numerusform>
            <numerusform>%n Aussagen hinzugefügt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentChooser</name>
    <message>
        <source>Choose Documents</source>
        <translation>Dokumente wählen</translation>
    </message>
    <message>
        <source>Documents to count</source>
        <translation>Zu zählende Dokumente</translation>
    </message>
    <message>
        <source>Document {id}</source>
        <translation>Dokument {id}</translation>
    </message>
    <message>
        <source>Check &amp;All</source>
        <translation>&amp;Alle ankreuzen</translation>
    </message>
    <message>
        <source>Check &amp;None</source>
        <translation>&amp;Keines ankreuzen</translation>
    </message>
    <message>
        <source>&amp;Documents (Space checks or unchecks the current one):</source>
        <translation>&amp;Dokumente (Leertaste kreuzt das aktuelle an oder ab):</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>&amp;Autor</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>&amp;Medium</translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation>&amp;Erschienen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Source (URL or file)</source>
        <translation>&amp;Quelle (URL oder Datei)</translation>
    </message>
    <message>
        <source>Properties of “{title}”</source>
        <translation>Eigenschaften von „{title}“</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>de, en, …</source>
        <translation>de, en, …</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n Aussage</numerusform>
            <numerusform>%n Aussagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incomplete</source>
        <translation>
            <numerusform>%n unvollständig</numerusform>
            <numerusform>%n unvollständig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsController</name>
    <message>
        <source>Import documents</source>
        <translation>Dokumente importieren</translation>
    </message>
    <message>
        <source>Articles, annotations and QDA projects ({patterns})</source>
        <translation>Artikel, Annotationen und QDA-Projekte ({patterns})</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} wird importiert…</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste as a document.</source>
        <translation>Die Zwischenablage enthält keinen Text, der als Dokument eingefügt werden kann.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Newer version of “{title}”</source>
        <translation>Neuere Fassung von „{title}“</translation>
    </message>
    <message>
        <source>Replace text</source>
        <translation>Text ersetzen</translation>
    </message>
    <message>
        <source>Text replaced: {summary}</source>
        <translation>Text ersetzt: {summary}</translation>
    </message>
    <message>
        <source>{summary}

Statements that could not be found keep their quote and are marked in the list; select their new place in the article and press Ctrl+E.</source>
        <translation>{summary}

Aussagen, die nicht gefunden wurden, behalten ihr Zitat und sind in der Liste markiert; wählen Sie ihre neue Stelle im Artikel aus und drücken Sie Strg+E.</translation>
    </message>
    <message>
        <source>Rename document “{title}”</source>
        <translation>Dokument „{title}“ umbenennen</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Dokument löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete “{title}” and its %n statement(s)? (You can undo this.)</source>
        <translation>
            <numerusform>„{title}“ und seine %n Aussage löschen? (Das lässt sich rückgängig machen.)</numerusform>
            <numerusform>„{title}“ und seine %n Aussagen löschen? (Das lässt sich rückgängig machen.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit properties of “{title}”</source>
        <translation>Eigenschaften von „{title}“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>EditVersionDialog</name>
    <message>
        <source>Edit the reviewed statement</source>
        <translation>Geprüfte Aussage bearbeiten</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>&amp;Speaker</source>
        <translation>&amp;Sprecher</translation>
    </message>
    <message>
        <source>S&amp;tance</source>
        <translation>&amp;Haltung</translation>
    </message>
    <message>
        <source>T&amp;arget</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Modus</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Markdown notes</source>
        <translation>Markdown-Notizen</translation>
    </message>
    <message>
        <source>HTML handout (self-contained)</source>
        <translation>HTML-Handout (eigenständig)</translation>
    </message>
    <message>
        <source>PDF handout</source>
        <translation>PDF-Handout</translation>
    </message>
    <message>
        <source>CSV table (one row per statement)</source>
        <translation>CSV-Tabelle (eine Zeile je Aussage)</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>REFI-QDA project (QualCoder, MAXQDA, ATLAS.ti)</source>
        <translation>REFI-QDA-Projekt (QualCoder, MAXQDA, ATLAS.ti)</translation>
    </message>
    <message>
        <source>REFI-QDA codebook (speakers, stances, targets as codes)</source>
        <translation>REFI-QDA-Codebuch (Sprecher, Haltungen, Ziele als Codes)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>This document: {title}</source>
        <translation>Dieses Dokument: {title}</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Alle Dokumente</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Documents to include</source>
        <translation>Einzubeziehende Dokumente</translation>
    </message>
    <message>
        <source>Order of the notes</source>
        <translation>Reihenfolge der Anmerkungen</translation>
    </message>
    <message>
        <source>Reading order</source>
        <translation>Lesereihenfolge</translation>
    </message>
    <message>
        <source>Grouped by speaker</source>
        <translation>Nach Sprecher gruppiert</translation>
    </message>
    <message>
        <source>Add a byte-order mark (for Excel)</source>
        <translation>Byte-Order-Mark hinzufügen (für Excel)</translation>
    </message>
    <message>
        <source>Cells exactly as stored (for R or pandas; a spreadsheet may run some as formulas)</source>
        <translation>Zellen genau wie gespeichert (für R oder pandas; eine Tabellenkalkulation führt manche womöglich als Formeln aus)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Include</source>
        <translation>&amp;Umfang</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Reihenfolge</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>&amp;Speichern unter</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Exporting {file}…</source>
        <translation>{file} wird exportiert…</translation>
    </message>
    <message>
        <source>Nothing was written to {path}: {problem}</source>
        <translation>Nach {path} wurde nichts geschrieben: {problem}</translation>
    </message>
    <message>
        <source>Nothing was written to {path}: {project} is damaged, part of it cannot be read ({problem}). File &gt; Restore Backup puts an earlier state back; the damaged file is kept beside it.</source>
        <translation>Nach {path} wurde nichts geschrieben: {project} ist beschädigt, ein Teil davon kann nicht gelesen werden ({problem}). Datei &gt; Sicherung wiederherstellen holt einen früheren Stand zurück; die beschädigte Datei bleibt daneben erhalten.</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportiert nach {path}</translation>
    </message>
</context>
<context>
    <name>FilesController</name>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Standpoint projects (*{suffix})</source>
        <translation>Standpoint-Projekte (*{suffix})</translation>
    </message>
    <message>
        <source>There is a file called {name} in {folder} already. Choose another name, or open it with File &gt; Open.</source>
        <translation>In {folder} gibt es bereits eine Datei namens {name}. Wählen Sie einen anderen Namen oder öffnen Sie sie mit Datei &gt; Öffnen.</translation>
    </message>
    <message>
        <source>No project was made at {path}: {reason}</source>
        <translation>Unter {path} wurde kein Projekt angelegt: {reason}</translation>
    </message>
</context>
<context>
    <name>FilterField</name>
    <message>
        <source>Filter statements (quote, speaker, stance, note, annotator)…</source>
        <translation>Aussagen filtern (Zitat, Sprecher, Haltung, Notiz, Annotator)…</translation>
    </message>
    <message>
        <source>Filter statements</source>
        <translation>Aussagen filtern</translation>
    </message>
</context>
<context>
    <name>LayerButton</name>
    <message>
        <source>Show the statements of one annotator, several, or all</source>
        <translation>Die Aussagen eines Annotators, mehrerer oder aller zeigen</translation>
    </message>
    <message>
        <source>&amp;Annotators</source>
        <translation>&amp;Annotatoren</translation>
    </message>
    <message>
        <source>All Annotators</source>
        <translation>Alle Annotatoren</translation>
    </message>
    <message>
        <source>Only</source>
        <translation>Nur</translation>
    </message>
    <message>
        <source>Annotators: all</source>
        <translation>Annotatoren: alle</translation>
    </message>
    <message>
        <source>Annotator: {name}</source>
        <translation>Annotator: {name}</translation>
    </message>
    <message numerus="yes">
        <source>Annotators: %n</source>
        <translation>
            <numerusform>Annotatoren: %n</numerusform>
            <numerusform>Annotatoren: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Delete Document</source>
        <translation>Dokument löschen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Eigenschaften…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only&lt;/b&gt;: open in another window</source>
        <translation>&lt;b&gt;Schreibgeschützt&lt;/b&gt;: in einem anderen Fenster geöffnet</translation>
    </message>
    <message>
        <source>Another window is editing this project. Here you can read, search and export.</source>
        <translation>Ein anderes Fenster bearbeitet dieses Projekt. Hier können Sie lesen, suchen und exportieren.</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Kein Dokument</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n Aussage</numerusform>
            <numerusform>%n Aussagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incomplete</source>
        <translation>
            <numerusform>%n unvollständig</numerusform>
            <numerusform>%n unvollständig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>%n nicht gefunden</numerusform>
            <numerusform>%n nicht gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n by the annotators shown</source>
        <translation>
            <numerusform>%n von den gezeigten Annotatoren</numerusform>
            <numerusform>%n von den gezeigten Annotatoren</numerusform>
        </translation>
    </message>
    <message>
        <source>{document} — {file} (read-only) — Standpoint</source>
        <translation>{document} — {file} (schreibgeschützt) — Standpoint</translation>
    </message>
    <message>
        <source>{document} — {file} — Standpoint</source>
        <translation>{document} — {file} — Standpoint</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Statements you make now carry the name “{name}”.</source>
        <translation>Ihre Aussagen tragen ab jetzt den Namen „{name}“.</translation>
    </message>
    <message>
        <source>{project} copy</source>
        <translation>{project} Kopie</translation>
    </message>
    <message>
        <source>Save a copy of the project</source>
        <translation>Eine Kopie des Projekts speichern</translation>
    </message>
    <message>
        <source>Standpoint projects (*{suffix})</source>
        <translation>Standpoint-Projekte (*{suffix})</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Saved a copy to {path}</source>
        <translation>Kopie gespeichert unter {path}</translation>
    </message>
    <message>
        <source>About Standpoint</source>
        <translation>Über Standpoint</translation>
    </message>
    <message>
        <source>&lt;b&gt;Standpoint {version}&lt;/b&gt;&lt;p&gt;Close reading: mark statements, tag who said them and what position they take. Your work is kept in one SQLite file, saved as you go.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Standpoint {version}&lt;/b&gt;&lt;p&gt;Genaues Lesen: Aussagen markieren, festhalten, wer sie gemacht hat und welche Haltung sie einnehmen. Ihre Arbeit liegt in einer SQLite-Datei und wird laufend gespeichert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Projects and articles (*{suffix} {articles});;Standpoint projects (*{suffix});;Articles ({articles})</source>
        <translation>Projekte und Artikel (*{suffix} {articles});;Standpoint-Projekte (*{suffix});;Artikel ({articles})</translation>
    </message>
    <message>
        <source>Open project or article</source>
        <translation>Projekt oder Artikel öffnen</translation>
    </message>
</context>
<context>
    <name>Merging</name>
    <message>
        <source>Merge a folder of projects and exports</source>
        <translation>Einen Ordner mit Projekten und Exporten zusammenführen</translation>
    </message>
    <message>
        <source>Merge projects and exports</source>
        <translation>Projekte und Exporte zusammenführen</translation>
    </message>
    <message>
        <source>Projects and exports ({patterns})</source>
        <translation>Projekte und Exporte ({patterns})</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lesen…</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen…</translation>
    </message>
    <message>
        <source>No project, W3C JSON or .qdpx file was found there.</source>
        <translation>Dort wurde kein Projekt und keine W3C-JSON- oder .qdpx-Datei gefunden.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Merge “{name}”</source>
        <translation>„{name}“ zusammenführen</translation>
    </message>
    <message>
        <source>Joined {names}.</source>
        <translation>Vereint: {names}.</translation>
    </message>
    <message>
        <source>Some files were not merged:</source>
        <translation>Einige Dateien wurden nicht zusammengeführt:</translation>
    </message>
</context>
<context>
    <name>Modes</name>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>indirekt</translation>
    </message>
    <message>
        <source>free indirect</source>
        <translation>frei indirekt</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>berichtet</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>{path} was not opened.</source>
        <translation>{path} wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>{path}: there is no such file.</source>
        <translation>{path}: Diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>{path} is a folder. Name a project ({suffix}) or an article to open.</source>
        <translation>{path} ist ein Ordner. Geben Sie ein Projekt ({suffix}) oder einen Artikel zum Öffnen an.</translation>
    </message>
    <message>
        <source>files without a suffix</source>
        <translation>Dateien ohne Endung</translation>
    </message>
    <message>
        <source>{file}: Standpoint cannot open “{kind}” files. It opens projects ({suffix}) and articles ({articles}).</source>
        <translation>{file}: Standpoint kann „{kind}“-Dateien nicht öffnen. Es öffnet Projekte ({suffix}) und Artikel ({articles}).</translation>
    </message>
    <message>
        <source>Where should the project for {file} be kept?</source>
        <translation>Wo soll das Projekt für {file} abgelegt werden?</translation>
    </message>
    <message>
        <source>{folder} does not take new files, and no other place was chosen.</source>
        <translation>In {folder} können keine neuen Dateien angelegt werden, und es wurde kein anderer Ort gewählt.</translation>
    </message>
    <message>
        <source>Standpoint cannot open this</source>
        <translation>Standpoint kann dies nicht öffnen</translation>
    </message>
    <message>
        <source>{path} is damaged: part of it cannot be read ({problem}).</source>
        <translation>{path} ist beschädigt: Ein Teil davon kann nicht gelesen werden ({problem}).</translation>
    </message>
    <message>
        <source>{problem}

Open it read-only, to read and export?</source>
        <translation>{problem}

Schreibgeschützt öffnen, um zu lesen und zu exportieren?</translation>
    </message>
    <message>
        <source>{problem}

The file was left as it is. The latest backup is from {date}.</source>
        <translation>{problem}

Die Datei wurde nicht verändert. Die neueste Sicherung ist vom {date}.</translation>
    </message>
    <message>
        <source>Restore the Latest Backup</source>
        <translation>Neueste Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>{problem}

The file was left as it is.</source>
        <translation>{problem}

Die Datei wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>&amp;Annotator:</source>
        <translation>&amp;Annotator:</translation>
    </message>
    <message>
        <source>Every statement you mark or accept carries this name, so a team&apos;s work can be merged, compared and shown by annotator.</source>
        <translation>Jede Aussage, die Sie markieren oder annehmen, trägt diesen Namen, damit die Arbeit eines Teams zusammengeführt, verglichen und nach Annotator gezeigt werden kann.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language is used the next time Standpoint starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Standpoint.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>{project} (rescued {date})</source>
        <translation>{project} (gerettet {date})</translation>
    </message>
    <message>
        <source>A copy of everything was also saved as {file}.</source>
        <translation>Eine Kopie von allem wurde außerdem als {file} gespeichert.</translation>
    </message>
    <message>
        <source>A copy could not be saved ({problem}).</source>
        <translation>Eine Kopie konnte nicht gespeichert werden ({problem}).</translation>
    </message>
    <message>
        <source>Another program deleted {file}-wal, the log that holds the newest changes, while the project was open. Your work up to now has been written into {file} itself. {kept} Check what deletes files in that folder (a cleaner, a sync client); Standpoint keeps writing your changes into the project file as you go.</source>
        <translation>Ein anderes Programm hat {file}-wal gelöscht, das Protokoll mit den neuesten Änderungen, während das Projekt geöffnet war. Ihre bisherige Arbeit wurde in {file} selbst geschrieben. {kept} Prüfen Sie, was in diesem Ordner Dateien löscht (ein Aufräumprogramm, ein Sync-Client); Standpoint schreibt Ihre Änderungen weiterhin laufend in die Projektdatei.</translation>
    </message>
</context>
<context>
    <name>RecentProjects</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(nicht gefunden)</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>&amp;Clear Recent</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>{path} is no longer there: it was moved, renamed or deleted. It was taken off the list; File &gt; Open finds it where it is now.</source>
        <translation>{path} ist nicht mehr vorhanden: Die Datei wurde verschoben, umbenannt oder gelöscht. Sie wurde von der Liste genommen; Datei &gt; Öffnen findet sie dort, wo sie jetzt liegt.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>{title} (read-only)</source>
        <translation>{title} (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Another window is editing this project: here you can look, not change.</source>
        <translation>Ein anderes Fenster bearbeitet dieses Projekt: Hier können Sie ansehen, aber nicht ändern.</translation>
    </message>
</context>
<context>
    <name>RecoveryController</name>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>This project has no backups yet.</source>
        <translation>Dieses Projekt hat noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Restored the backup of {date}.</source>
        <translation>Die Sicherung vom {date} wurde wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>SchemeDialog</name>
    <message>
        <source>Stance Scheme</source>
        <translation>Haltungsschema</translation>
    </message>
    <message>
        <source>Stances</source>
        <translation>Haltungen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Bezeichnung</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Taste</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Farbe</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>B&amp;eschreibung</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>{key}   (now {stance})</source>
        <translation>{key}   (jetzt {stance})</translation>
    </message>
    <message>
        <source>Rename stance {old} to {new}</source>
        <translation>Haltung {old} in {new} umbenennen</translation>
    </message>
    <message>
        <source>Set key of {stance} to {key} (from {other})</source>
        <translation>Taste von {stance} auf {key} setzen (von {other})</translation>
    </message>
    <message>
        <source>Set key of {stance} to {key}</source>
        <translation>Taste von {stance} auf {key} setzen</translation>
    </message>
    <message>
        <source>Describe stance {label}</source>
        <translation>Haltung {label} beschreiben</translation>
    </message>
    <message>
        <source>Recolour stance {label}</source>
        <translation>Haltung {label} umfärben</translation>
    </message>
    <message>
        <source>Add stance</source>
        <translation>Haltung hinzufügen</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <source>Delete stance</source>
        <translation>Haltung löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) take(s) the stance “{label}”. Delete it from the scheme? Those statements keep their text and lose the stance. (You can undo this.)</source>
        <translation>
            <numerusform>%n Aussage hat die Haltung „{label}“. Aus dem Schema löschen? Die Aussage behält ihren Text und verliert die Haltung. (Das lässt sich rückgängig machen.)</numerusform>
            <numerusform>%n Aussagen haben die Haltung „{label}“. Aus dem Schema löschen? Diese Aussagen behalten ihren Text und verlieren die Haltung. (Das lässt sich rückgängig machen.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <source>Search quotes, notes and article text…</source>
        <translation>Zitate, Notizen und Artikeltext durchsuchen…</translation>
    </message>
    <message>
        <source>Search the project</source>
        <translation>Projekt durchsuchen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Only statements of speaker</source>
        <translation>Nur Aussagen von Sprecher</translation>
    </message>
    <message>
        <source>Only statements of stance</source>
        <translation>Nur Aussagen mit Haltung</translation>
    </message>
    <message>
        <source>Only statements about target</source>
        <translation>Nur Aussagen über Ziel</translation>
    </message>
    <message>
        <source>Only statements in mode</source>
        <translation>Nur Aussagen im Modus</translation>
    </message>
    <message>
        <source>Only in document</source>
        <translation>Nur im Dokument</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>The project&apos;s search index cannot be read ({problem}). File &gt; Restore Backup puts an earlier state back.</source>
        <translation>Der Suchindex des Projekts kann nicht gelesen werden ({problem}). Datei &gt; Sicherung wiederherstellen holt einen früheren Stand zurück.</translation>
    </message>
    <message>
        <source>no speaker</source>
        <translation>kein Sprecher</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n Aussage</numerusform>
            <numerusform>%n Aussagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) of text</source>
        <translation>
            <numerusform>%n Textstelle</numerusform>
            <numerusform>%n Textstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Set the stance of the current statement (0 clears it)</source>
        <translation>Haltung der aktuellen Aussage setzen (0 entfernt sie)</translation>
    </message>
    <message>
        <source>From the speaker field to the stance buttons</source>
        <translation>Vom Sprecherfeld zu den Haltungsknöpfen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>SpeakerBox</name>
    <message>
        <source>Who says it? Type a name…</source>
        <translation>Wer sagt es? Namen eingeben…</translation>
    </message>
</context>
<context>
    <name>SpeakerReviewDialog</name>
    <message>
        <source>Merge: the same speakers?</source>
        <translation>Zusammenführen: dieselben Sprecher?</translation>
    </message>
    <message>
        <source>These speakers of the merged files have names close to speakers of this project. Tick the ones that are the same person: their statements join the project&apos;s speaker, and the name becomes an alias. Unticked ones are kept as separate speakers.</source>
        <translation>Diese Sprecher der zusammengeführten Dateien haben ähnliche Namen wie Sprecher dieses Projekts. Kreuzen Sie an, welche dieselbe Person sind: Ihre Aussagen gehen an den Sprecher des Projekts, und der Name wird zum Alias. Nicht angekreuzte bleiben eigene Sprecher.</translation>
    </message>
    <message>
        <source>In the merged files</source>
        <translation>In den zusammengeführten Dateien</translation>
    </message>
    <message>
        <source>In this project</source>
        <translation>In diesem Projekt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Speakers with close names</source>
        <translation>Sprecher mit ähnlichen Namen</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
</context>
<context>
    <name>SpeakersDialog</name>
    <message>
        <source>Speakers</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Other names, separated by commas: Tokayev, der kasachische Präsident</source>
        <translation>Weitere Namen, durch Kommas getrennt: Tokajew, der kasachische Präsident</translation>
    </message>
    <message>
        <source>Role, e.g. President of Kazakhstan</source>
        <translation>Rolle, z. B. Präsident Kasachstans</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>A&amp;liases</source>
        <translation>&amp;Aliasse</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Farbe</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Zusammenführen mit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Rename speaker {old} to {new}</source>
        <translation>Sprecher {old} in {new} umbenennen</translation>
    </message>
    <message>
        <source>Change aliases of {name}</source>
        <translation>Aliasse von {name} ändern</translation>
    </message>
    <message>
        <source>Change role of {name}</source>
        <translation>Rolle von {name} ändern</translation>
    </message>
    <message>
        <source>Recolour speaker {name}</source>
        <translation>Sprecher {name} umfärben</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>Sprecher hinzufügen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Merge speakers</source>
        <translation>Sprecher zusammenführen</translation>
    </message>
    <message>
        <source>Merge “{name}” into:</source>
        <translation>„{name}“ zusammenführen mit:</translation>
    </message>
    <message>
        <source>Delete speaker</source>
        <translation>Sprecher löschen</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is the speaker of %n statement(s). Delete the speaker? The statements stay, without a speaker. (You can undo this.)</source>
        <translation>
            <numerusform>„{name}“ ist Sprecher von %n Aussage. Sprecher löschen? Die Aussage bleibt, ohne Sprecher. (Das lässt sich rückgängig machen.)</numerusform>
            <numerusform>„{name}“ ist Sprecher von %n Aussagen. Sprecher löschen? Die Aussagen bleiben, ohne Sprecher. (Das lässt sich rückgängig machen.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <source>Chart of statements by stance</source>
        <translation>Diagramm der Aussagen nach Haltung</translation>
    </message>
    <message>
        <source>The first {shown} of {rows} rows; the table has them all.</source>
        <translation>Die ersten {shown} von {rows} Zeilen; die Tabelle enthält alle.</translation>
    </message>
    <message>
        <source>No statements to count.</source>
        <translation>Keine Aussagen zu zählen.</translation>
    </message>
    <message>
        <source>Could not write {path}.</source>
        <translation>{path} konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>StanceTableModel</name>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
</context>
<context>
    <name>StatementEditor</name>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>About what? (optional)</source>
        <translation>Worüber? (optional)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Note (Markdown)</source>
        <translation>Notiz (Markdown)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Speaker</source>
        <translation>&amp;Sprecher</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Modus</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select text in the article and press Enter to mark a statement.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie Text im Artikel aus und drücken Sie die Eingabetaste, um eine Aussage zu markieren.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>StatementList</name>
    <message>
        <source>Statements</source>
        <translation>Aussagen</translation>
    </message>
</context>
<context>
    <name>StatementListModel</name>
    <message>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <source>By {annotator}.</source>
        <translation>Von {annotator}.</translation>
    </message>
    <message>
        <source>Not found in the document&apos;s new text. Select where it belongs and press Ctrl+E (Set Span to Selection).</source>
        <translation>Im neuen Text des Dokuments nicht gefunden. Wählen Sie die richtige Stelle aus und drücken Sie Strg+E (Bereich auf Auswahl setzen).</translation>
    </message>
    <message>
        <source>Incomplete: no speaker and no stance.</source>
        <translation>Unvollständig: kein Sprecher und keine Haltung.</translation>
    </message>
    <message>
        <source>Incomplete: no speaker.</source>
        <translation>Unvollständig: kein Sprecher.</translation>
    </message>
    <message>
        <source>Incomplete: no stance.</source>
        <translation>Unvollständig: keine Haltung.</translation>
    </message>
</context>
<context>
    <name>StatementsController</name>
    <message>
        <source>Select some text in the article first, then press Enter.</source>
        <translation>Wählen Sie zuerst Text im Artikel aus und drücken Sie dann die Eingabetaste.</translation>
    </message>
    <message>
        <source>Select the new extent in the article, then choose Set Span.</source>
        <translation>Wählen Sie den neuen Bereich im Artikel aus und dann „Bereich auf Auswahl setzen“.</translation>
    </message>
    <message>
        <source>Every statement has a speaker and a stance.</source>
        <translation>Jede Aussage hat einen Sprecher und eine Haltung.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <source>(no speaker)</source>
        <translation>(kein Sprecher)</translation>
    </message>
    <message>
        <source>(no target)</source>
        <translation>(kein Ziel)</translation>
    </message>
    <message>
        <source>(no document)</source>
        <translation>(kein Dokument)</translation>
    </message>
    <message>
        <source>(no annotator)</source>
        <translation>(kein Annotator)</translation>
    </message>
    <message>
        <source>(no stance)</source>
        <translation>(keine Haltung)</translation>
    </message>
    <message>
        <source>Statements by speaker and stance</source>
        <translation>Aussagen nach Sprecher und Haltung</translation>
    </message>
    <message>
        <source>Statements by target and stance</source>
        <translation>Aussagen nach Ziel und Haltung</translation>
    </message>
    <message>
        <source>Statements by document and stance</source>
        <translation>Aussagen nach Dokument und Haltung</translation>
    </message>
    <message>
        <source>Statements by annotator and stance</source>
        <translation>Aussagen nach Annotator und Haltung</translation>
    </message>
    <message>
        <source>all speakers</source>
        <translation>alle Sprecher</translation>
    </message>
    <message>
        <source>all targets</source>
        <translation>alle Ziele</translation>
    </message>
    <message>
        <source>all documents</source>
        <translation>alle Dokumente</translation>
    </message>
    <message>
        <source>all annotators</source>
        <translation>alle Annotatoren</translation>
    </message>
    <message>
        <source>{row} · every stance</source>
        <translation>{row} · jede Haltung</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>{grouping} × stance</source>
        <translation>{grouping} × Haltung</translation>
    </message>
    <message>
        <source>Group statements by</source>
        <translation>Aussagen gruppieren nach</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Alle Dokumente</translation>
    </message>
    <message>
        <source>Current document</source>
        <translation>Aktuelles Dokument</translation>
    </message>
    <message>
        <source>Chosen documents…</source>
        <translation>Ausgewählte Dokumente…</translation>
    </message>
    <message>
        <source>Documents to count</source>
        <translation>Zu zählende Dokumente</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>Choose documents</source>
        <translation>Dokumente wählen</translation>
    </message>
    <message>
        <source>Annotators to count</source>
        <translation>Zu zählende Annotatoren</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>Was gezählt wird</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <source>&amp;Documents:</source>
        <translation>&amp;Dokumente:</translation>
    </message>
    <message>
        <source>A&amp;nnotators:</source>
        <translation>A&amp;nnotatoren:</translation>
    </message>
    <message>
        <source>Table of statements by stance</source>
        <translation>Tabelle der Aussagen nach Haltung</translation>
    </message>
    <message>
        <source>Choose a cell of the table or a bar of the chart to list its statements.</source>
        <translation>Wählen Sie eine Zelle der Tabelle oder einen Balken des Diagramms, um seine Aussagen aufzulisten.</translation>
    </message>
    <message>
        <source>Statements of the chosen cell</source>
        <translation>Aussagen der gewählten Zelle</translation>
    </message>
    <message>
        <source>&amp;Statements (Enter shows one in the article):</source>
        <translation>&amp;Aussagen (Eingabetaste zeigt eine im Artikel):</translation>
    </message>
    <message>
        <source>Chart as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG…</translation>
    </message>
    <message>
        <source>Chart as S&amp;VG…</source>
        <translation>Diagramm als S&amp;VG…</translation>
    </message>
    <message>
        <source>Table as &amp;CSV…</source>
        <translation>Tabelle als &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>Export the chart as SVG</source>
        <translation>Diagramm als SVG exportieren</translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation>Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;All Annotators</source>
        <translation>&amp;Alle Annotatoren</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Annotators counted: {names}</source>
        <translation>Gezählte Annotatoren: {names}</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen document(s)</source>
        <translation>
            <numerusform>%n ausgewähltem Dokument</numerusform>
            <numerusform>%n ausgewählten Dokumenten</numerusform>
        </translation>
    </message>
    <message>
        <source>all documents</source>
        <translation>alle Dokumente</translation>
    </message>
    <message>
        <source>the current document</source>
        <translation>dem aktuellen Dokument</translation>
    </message>
    <message>
        <source>every annotator</source>
        <translation>allen Annotatoren</translation>
    </message>
    <message>
        <source>{statements} ({incomplete} incomplete) in {where}, by {who}.</source>
        <translation>{statements} ({incomplete} unvollständig) in {where}, von {who}.</translation>
    </message>
    <message>
        <source>(the first {count} are listed)</source>
        <translation>(die ersten {count} sind aufgelistet)</translation>
    </message>
    <message>
        <source>{project} statistics by {grouping}</source>
        <translation>{project} Statistik nach {grouping}</translation>
    </message>
    <message>
        <source>PNG images</source>
        <translation>PNG-Bilder</translation>
    </message>
    <message>
        <source>SVG drawings</source>
        <translation>SVG-Zeichnungen</translation>
    </message>
    <message>
        <source>CSV tables</source>
        <translation>CSV-Tabellen</translation>
    </message>
    <message>
        <source>The file could not be written: {problem}</source>
        <translation>Die Datei konnte nicht geschrieben werden: {problem}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Gespeichert: {path}</translation>
    </message>
</context>
<context>
    <name>SuggestionsController</name>
    <message numerus="yes">
        <source>%n suggested: Enter accepts, Delete rejects, arrows move between them.</source>
        <translation>
            <numerusform>%n Vorschlag: Eingabe nimmt an, Entf lehnt ab, Pfeiltasten wechseln.</numerusform>
            <numerusform>%n Vorschläge: Eingabe nimmt an, Entf lehnt ab, Pfeiltasten wechseln.</numerusform>
        </translation>
    </message>
    <message>
        <source>No statements to suggest in this document: none found, or all marked.</source>
        <translation>Keine Aussagen in diesem Dokument vorzuschlagen: keine gefunden oder alle markiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggested in {where} of {documents} documents; each document lists its own when you open it.</source>
        <translation>
            <numerusform>%n Vorschlag in {where} von {documents} Dokumenten; jedes Dokument zeigt seine, wenn Sie es öffnen.</numerusform>
            <numerusform>%n Vorschläge in {where} von {documents} Dokumenten; jedes Dokument zeigt seine, wenn Sie es öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept “{quote}”</source>
        <translation>„{quote}“ annehmen</translation>
    </message>
    <message>
        <source>Reject “{quote}”</source>
        <translation>„{quote}“ ablehnen</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>%n Vorschlag annehmen</numerusform>
            <numerusform>%n Vorschläge annehmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsPane</name>
    <message>
        <source>Suggested statements</source>
        <translation>Vorgeschlagene Aussagen</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>Mark it as a statement with its speaker and mode (Enter in the list)</source>
        <translation>Als Aussage mit Sprecher und Modus markieren (Eingabe in der Liste)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>Not a statement: it is not proposed again (Delete in the list)</source>
        <translation>Keine Aussage: wird nicht wieder vorgeschlagen (Entf in der Liste)</translation>
    </message>
    <message>
        <source>Accept A&amp;ll</source>
        <translation>A&amp;lle annehmen</translation>
    </message>
    <message>
        <source>Mark every suggestion shown, in one step</source>
        <translation>Alle gezeigten Vorschläge in einem Schritt markieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Hide the suggestions; Suggest Statements shows them again</source>
        <translation>Vorschläge ausblenden; „Aussagen vorschlagen“ zeigt sie wieder</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Confidence {percent}</source>
        <translation>Sicherheit {percent}</translation>
    </message>
    <message>
        <source>Suggestions: {count}</source>
        <translation>Vorschläge: {count}</translation>
    </message>
    <message>
        <source>No more suggestions in this document</source>
        <translation>Keine weiteren Vorschläge in diesem Dokument</translation>
    </message>
</context>
<context>
    <name>WelcomePane</name>
    <message>
        <source>This project has no article yet</source>
        <translation>Dieses Projekt enthält noch keinen Artikel</translation>
    </message>
    <message>
        <source>&amp;Import an Article…</source>
        <translation>Artikel &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Paste as New Document</source>
        <translation>Als neues Dokument ein&amp;fügen</translation>
    </message>
    <message>
        <source>Another window is editing this project; articles imported there show here when you open the project again.</source>
        <translation>Ein anderes Fenster bearbeitet dieses Projekt; dort importierte Artikel erscheinen hier, wenn Sie das Projekt erneut öffnen.</translation>
    </message>
    <message>
        <source>Import an article (Ctrl+I) or drop a file here. Standpoint reads text, Markdown, web pages, Word, PDF and EPUB files, and W3C or REFI-QDA annotations.</source>
        <translation>Importieren Sie einen Artikel (Strg+I) oder ziehen Sie eine Datei hierher. Standpoint liest Text, Markdown, Webseiten, Word-, PDF- und EPUB-Dateien sowie W3C- oder REFI-QDA-Annotationen.</translation>
    </message>
</context>
<context>
    <name>WorksheetDialog</name>
    <message>
        <source>Export Worksheet</source>
        <translation>Arbeitsblatt exportieren</translation>
    </message>
    <message>
        <source>All statements of this document</source>
        <translation>Alle Aussagen dieses Dokuments</translation>
    </message>
    <message numerus="yes">
        <source>The statements the list shows (%n)</source>
        <translation>
            <numerusform>Die Aussage, die die Liste zeigt (%n)</numerusform>
            <numerusform>Die Aussagen, die die Liste zeigt (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The selected statements (%n)</source>
        <translation>
            <numerusform>Die ausgewählte Aussage (%n)</numerusform>
            <numerusform>Die ausgewählten Aussagen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Any speaker</source>
        <translation>Jeder Sprecher</translation>
    </message>
    <message>
        <source>Any stance</source>
        <translation>Jede Haltung</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>&amp;Target (about what?)</source>
        <translation>&amp;Ziel (worüber?)</translation>
    </message>
    <message>
        <source>&amp;Mode (how is it reported?)</source>
        <translation>&amp;Modus (wie wird berichtet?)</translation>
    </message>
    <message>
        <source>Questions of your own, one per line</source>
        <translation>Eigene Fragen, eine pro Zeile</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML-Seite</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word-Dokument</translation>
    </message>
    <message>
        <source>Leave empty for no answer key</source>
        <translation>Leer lassen für keine Lösung</translation>
    </message>
    <message>
        <source>&amp;Statements</source>
        <translation>&amp;Aussagen</translation>
    </message>
    <message>
        <source>S&amp;peaker</source>
        <translation>S&amp;precher</translation>
    </message>
    <message>
        <source>St&amp;ance</source>
        <translation>&amp;Haltung</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Fragen</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Worksheet</source>
        <translation>A&amp;rbeitsblatt</translation>
    </message>
    <message>
        <source>Answer &amp;key</source>
        <translation>&amp;Lösung</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Open a document first: a worksheet is made from one article.</source>
        <translation>Öffnen Sie zuerst ein Dokument: Ein Arbeitsblatt entsteht aus einem Artikel.</translation>
    </message>
    <message>
        <source>Nothing was written to %1: %2</source>
        <translation>Nach %1 wurde nichts geschrieben: %2</translation>
    </message>
    <message>
        <source>Nothing was written: %1 is damaged, part of it cannot be read (%2). File &gt; Restore Backup puts an earlier state back.</source>
        <translation>Nichts wurde geschrieben: %1 ist beschädigt, ein Teil kann nicht gelesen werden (%2). Datei &gt; Sicherung wiederherstellen stellt einen früheren Stand wieder her.</translation>
    </message>
    <message>
        <source>Worksheet written to %1</source>
        <translation>Arbeitsblatt gespeichert unter %1</translation>
    </message>
</context>
</TS>
