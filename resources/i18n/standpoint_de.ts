<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <translation>Haupt</translation>
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
    <name>BackupPicker</name>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
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
        <source>Read-only: another window is editing this project. You can read and export.</source>
        <translation>Schreibgeschützt: Ein anderes Fenster bearbeitet dieses Projekt. Sie können lesen und exportieren.</translation>
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
</TS>
