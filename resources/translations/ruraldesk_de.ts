<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Attachments</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No program to open this file</source>
        <translation>Kein Programm öffnet diese Datei</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Eine Kopie speichern</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Eine Kopie speichern…</translation>
    </message>
    <message>
        <source>This computer has no program that opens “{name}”. You can save a copy and open it later with a program of your choice.</source>
        <translation>Auf diesem Computer gibt es kein Programm, das „{name}“ öffnet. Sie können eine Kopie speichern und sie später mit einem Programm Ihrer Wahl öffnen.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Advice service</source>
        <translation>Beratungsstelle</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Schlecht</translation>
    </message>
    <message>
        <source>Community cooperative</source>
        <translation>Bürgergenossenschaft</translation>
    </message>
    <message>
        <source>Community foundation</source>
        <translation>Bürgerstiftung</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Finance service</source>
        <translation>Finanzierungsstelle</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Leitfaden</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Rechtliche Verpflichtung</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Berechtigte Interessen</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Methodik</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Policy recommendation</source>
        <translation>Politikempfehlung</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Öffentliche Aufgabe</translation>
    </message>
    <message>
        <source>Regional authority</source>
        <translation>Regionalbehörde</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation>Sozialunternehmen</translation>
    </message>
    <message>
        <source>Support service</source>
        <translation>Unterstützungsangebot</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Third place</source>
        <translation>Dritter Ort</translation>
    </message>
    <message>
        <source>Toolkit</source>
        <translation>Werkzeugkasten</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Village association</source>
        <translation>Dorfverein</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Lebenswichtige Interessen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Geschäftlich</translation>
    </message>
    <message>
        <source>Work integration enterprise</source>
        <translation>Integrationsbetrieb</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Diskussionen</translation>
    </message>
    <message>
        <source>Linked contacts</source>
        <translation>Verknüpfte Kontakte</translation>
    </message>
    <message>
        <source>Linked practices</source>
        <translation>Verknüpfte Praxisbeispiele</translation>
    </message>
    <message>
        <source>Linked tools</source>
        <translation>Verknüpfte Werkzeuge</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>New practice</source>
        <extracomment>the interface languages, each named in itself (never translated), in the order the EU lists its 24 official languages: alphabetical by that own name (български, español, čeština, …)</extracomment>
        <translation>Neues Praxisbeispiel</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Neues Thema</translation>
    </message>
    <message>
        <source>New tool</source>
        <translation>Neues Werkzeug</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praxisbeispiel</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Praxisbeispiele</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Leave it deleted</source>
        <translation>&amp;Gelöscht lassen</translation>
    </message>
    <message>
        <source>&amp;Merged value (edit, then save):</source>
        <translation>&amp;Zusammengeführter Wert (bearbeiten, dann speichern):</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>Eintrag ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Restore the record</source>
        <translation>Eintrag wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>&amp;Save merged value</source>
        <translation>Zusammengeführten Wert &amp;speichern</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>kinds whose stored values are codes or ids: shown by name, in the interface language</extracomment>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Meinen behalten</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Den der &amp;anderen behalten</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Zusammengeführter Wert</translation>
    </message>
    <message>
        <source>No conflicts: everything your group changed fitted together.</source>
        <translation>Keine Konflikte: Alle Änderungen Ihrer Gruppe passten zusammen.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Offene Konflikte</translation>
    </message>
    <message>
        <source>Refused: {title} — {field}</source>
        <translation>Abgelehnt: {title} — {field}</translation>
    </message>
    <message>
        <source>Settled: “{title}” — {field}. Your choice is shared with the group at the next sync.</source>
        <translation>Geklärt: „{title}“ — {field}. Ihre Wahl wird bei der nächsten Synchronisierung mit der Gruppe geteilt.</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Wert der anderen</translation>
    </message>
    <message>
        <source>Theirs — by {who}, {when}</source>
        <translation>Der andere Wert — von {who}, {when}</translation>
    </message>
    <message>
        <source>When two people changed the same thing before syncing, the group server kept one value and set the other aside. Choose what the record should say; your choice is shared with everyone at the next sync.</source>
        <translation>Wenn zwei Personen vor dem Synchronisieren dasselbe geändert haben, hat der Gruppenserver einen Wert behalten und den anderen beiseitegelegt. Wählen Sie, was im Eintrag stehen soll; Ihre Wahl wird bei der nächsten Synchronisierung mit allen geteilt.</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Warum der Server sie abgelehnt hat</translation>
    </message>
    <message>
        <source>Your change ({when})</source>
        <translation>Ihre Änderung ({when})</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>Yours — by {who}, {when}</source>
        <translation>Ihr Wert — von {who}, {when}</translation>
    </message>
    <message>
        <source>another member</source>
        <translation>ein anderes Mitglied</translation>
    </message>
    <message>
        <source>deleted or kept</source>
        <translation>gelöscht oder behalten</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>die Gruppe</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>{title} — {field}</source>
        <translation>{title} — {field}</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>(untitled)</source>
        <extracomment>a line above the record when something needs the person (set by the sync UI: banner_for(record) -&gt; rich text with an rd: link, or &quot;&quot;)</extracomment>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>Choose a record in the list, or press Ctrl+N to add one.</source>
        <translation>Wählen Sie einen Eintrag in der Liste oder drücken Sie Strg+N, um einen neuen anzulegen.</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>the record now shown (None: none), for what sits beside it (ui/discussions: its comments)</extracomment>
        <translation>Details</translation>
    </message>
    <message>
        <source>Edit form</source>
        <translation>Bearbeitungsformular</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>„{title}“ bearbeiten</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Mit * markierte Felder sind Pflichtfelder.</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Ohne Speichern verlassen?</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Bitte korrigieren Sie die unten markierten Felder.</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problem im Feld {field}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Eintrag speichern</translation>
    </message>
    <message>
        <source>Your changes to this record are not saved. Leave the form and lose them?</source>
        <translation>Ihre Änderungen an diesem Eintrag sind nicht gespeichert. Das Formular verlassen und sie verwerfen?</translation>
    </message>
    <message>
        <source>created by {who}</source>
        <translation>erstellt von {who}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <extracomment>a member id as people read it (the group&apos;s member directory, store.news.name)</extracomment>
        <translation>im Papierkorb</translation>
    </message>
    <message>
        <source>last changed {when} by {who}</source>
        <translation>zuletzt geändert am {when} von {who}</translation>
    </message>
    <message>
        <source>not on this computer yet</source>
        <translation>noch nicht auf diesem Computer</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <source>unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>{label} *:</source>
        <translation>{label} *:</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>&amp;Anhänge:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>Daten&amp;ordner:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>&amp;Einladungscode:</translation>
    </message>
    <message>
        <source>&amp;Phone region:</source>
        <translation>&amp;Telefonregion:</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start.</source>
        <translation>Ein neuer Datenordner wird ab dem nächsten Start verwendet.</translation>
    </message>
    <message>
        <source>Add your own practices, contacts and tools.</source>
        <translation>Fügen Sie Ihre eigenen Praxisbeispiele, Kontakte und Werkzeuge hinzu.</translation>
    </message>
    <message>
        <source>As&amp;k before a sync changes more than:</source>
        <translation>&amp;Nachfragen, wenn eine Synchronisierung mehr ändert als:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Datenordner wählen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Connect to a group server</source>
        <translation>Mit einem Gruppenserver verbinden</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Default data folder</source>
        <translation>Standard-Datenordner</translation>
    </message>
    <message>
        <source>Demo records per collection</source>
        <translation>Demo-Einträge pro Typ</translation>
    </message>
    <message>
        <source>Download when opened</source>
        <translation>Beim Öffnen herunterladen</translation>
    </message>
    <message>
        <source>Fictional practices, contacts and tools in seven languages, to try things out. You can delete them later.</source>
        <translation>Erfundene Praxisbeispiele, Kontakte und Werkzeuge in sieben Sprachen zum Ausprobieren. Sie können sie später löschen.</translation>
    </message>
    <message>
        <source>Find records to link</source>
        <translation>Einträge zum Verknüpfen suchen</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Einladungscode</translation>
    </message>
    <message>
        <source>Join your group&apos;s shared repository with the invitation code your coordinator sent you.</source>
        <translation>Treten Sie dem gemeinsamen Bestand Ihrer Gruppe mit dem Einladungscode bei, den Ihnen Ihre Koordination geschickt hat.</translation>
    </message>
    <message>
        <source>Keep all offline</source>
        <translation>Alles offline verfügbar halten</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Demodaten laden</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Nur auf Anforderung</translation>
    </message>
    <message>
        <source>Records per collection:</source>
        <translation>Einträge pro Typ:</translation>
    </message>
    <message>
        <source>Records to link</source>
        <translation>Zu verknüpfende Einträge</translation>
    </message>
    <message>
        <source>RuralDesk keeps your group&apos;s practices, contacts and tools on this computer, and works without a connection. How would you like to start?</source>
        <translation>RuralDesk speichert die Praxisbeispiele, Kontakte und Werkzeuge Ihrer Gruppe auf diesem Computer und funktioniert ohne Internetverbindung. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>S&amp;ynchronisieren alle:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Show these columns:</source>
        <translation>Diese Spalten anzeigen:</translation>
    </message>
    <message>
        <source>Start with an empty workspace</source>
        <translation>Mit einem leeren Arbeitsbereich beginnen</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Systemgröße</translation>
    </message>
    <message>
        <source>Type a name or a word to find records</source>
        <translation>Geben Sie einen Namen oder ein Wort ein, um Einträge zu finden</translation>
    </message>
    <message>
        <source>Welcome to RuralDesk</source>
        <translation>Willkommen bei RuralDesk</translation>
    </message>
    <message>
        <source>added {when}</source>
        <translation>hinzugefügt am {when}</translation>
    </message>
    <message>
        <source>{title}: {done} of {total}</source>
        <translation>{title}: {done} von {total}</translation>
    </message>
</context>
<context>
    <name>Discussions</name>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n Beitrag</numerusform>
            <numerusform>%n Beiträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topics</source>
        <translation>
            <numerusform>%n Thema</numerusform>
            <numerusform>%n Themen</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>A topic needs a title and an opening post.</source>
        <translation>Ein Thema braucht einen Titel und einen ersten Beitrag.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Dateien anhängen…</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Angehängt:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Kommentare (%n)</numerusform>
            <numerusform>Kommentare (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the discussion: {error}</source>
        <translation>Die Diskussion konnte nicht exportiert werden: {error}</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Speichern nicht möglich: {error}</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Entwurf gespeichert</translation>
    </message>
    <message>
        <source>Draft kept from {when}</source>
        <translation>Entwurf vom {when}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit your post</source>
        <translation>Ihren Beitrag bearbeiten</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Als Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <source>Export the discussion</source>
        <translation>Diskussion exportieren</translation>
    </message>
    <message>
        <source>Files to attach to this post</source>
        <translation>Dateien, die an diesen Beitrag angehängt werden</translation>
    </message>
    <message>
        <source>Files to attach: {names}</source>
        <translation>Anzuhängende Dateien: {names}</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Von einer Koordinatorin ausgeblendet: {reason}</translation>
    </message>
    <message>
        <source>Hidden from the group: {reason}</source>
        <translation>Für die Gruppe ausgeblendet: {reason}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide the discussion…</source>
        <translation>Diskussion ausblenden…</translation>
    </message>
    <message>
        <source>Hide…</source>
        <translation>Ausblenden…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>New &amp;topic…</source>
        <translation>Neues &amp;Thema…</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Neues Thema</translation>
    </message>
    <message>
        <source>New topic…</source>
        <translation>Neues Thema…</translation>
    </message>
    <message>
        <source>No posts yet. Write the first one below.</source>
        <translation>Noch keine Beiträge. Schreiben Sie unten den ersten.</translation>
    </message>
    <message>
        <source>No topics yet. Start one with New topic; comments on a practice, tool or contact are at the foot of its page.</source>
        <translation>Noch keine Themen. Beginnen Sie eines mit „Neues Thema“; Kommentare zu einem Beispiel, Werkzeug oder Kontakt stehen unten auf dessen Seite.</translation>
    </message>
    <message>
        <source>Not a reply</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Not allowed: {reason}.</source>
        <translation>Nicht erlaubt: {reason}.</translation>
    </message>
    <message>
        <source>Opening post</source>
        <translation>Erster Beitrag</translation>
    </message>
    <message>
        <source>Opening post:</source>
        <translation>Erster Beitrag:</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Post it (Ctrl+Enter)</source>
        <translation>Senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Beitrag entfernt</translation>
    </message>
    <message>
        <source>Posted. It goes to the group at the next sync.</source>
        <translation>Gesendet. Er geht bei der nächsten Synchronisierung an die Gruppe.</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Replying to a post</source>
        <translation>Antwort auf einen Beitrag</translation>
    </message>
    <message>
        <source>Replying to {name}</source>
        <translation>Antwort an {name}</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier posts</source>
        <translation>
            <numerusform>%n früheren Beitrag zeigen</numerusform>
            <numerusform>%n frühere Beiträge zeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Wieder zeigen</translation>
    </message>
    <message>
        <source>Show discussions</source>
        <translation>Diskussionen zeigen</translation>
    </message>
    <message>
        <source>Start a discussion with the group</source>
        <translation>Eine Diskussion mit der Gruppe beginnen</translation>
    </message>
    <message>
        <source>Start a discussion with the group (Ctrl+Shift+D)</source>
        <translation>Eine Diskussion mit der Gruppe beginnen (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Begonnen von</translation>
    </message>
    <message>
        <source>The discussion was written to {path}.</source>
        <translation>Die Diskussion wurde nach {path} geschrieben.</translation>
    </message>
    <message>
        <source>The earlier version stays in the post&apos;s history.</source>
        <translation>Die frühere Fassung bleibt im Verlauf des Beitrags.</translation>
    </message>
    <message>
        <source>The opening post… *emphasis*, **strong**, - lists, [links](https://…), @member</source>
        <translation>Der erste Beitrag… *kursiv*, **fett**, - Listen, [Links](https://…), @Mitglied</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Version {n}, {when}, by {name}</source>
        <translation>Fassung {n}, {when}, von {name}</translation>
    </message>
    <message>
        <source>Versions of the post</source>
        <translation>Fassungen des Beitrags</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>Worum geht es?</translation>
    </message>
    <message>
        <source>Why is it hidden? Everyone sees the reason in its place.</source>
        <translation>Warum wird es ausgeblendet? Alle sehen den Grund an seiner Stelle.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Withdraw this post? Its text goes from the thread; its earlier versions stay in its history.</source>
        <translation>Diesen Beitrag zurückziehen? Sein Text verschwindet aus der Diskussion; frühere Fassungen bleiben im Verlauf.</translation>
    </message>
    <message>
        <source>Withdraw your post</source>
        <translation>Ihren Beitrag zurückziehen</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Vom Verfasser zurückgezogen.</translation>
    </message>
    <message>
        <source>Write a post… *emphasis*, **strong**, - lists, [links](https://…), @member (Ctrl+Enter posts)</source>
        <translation>Beitrag schreiben… *kursiv*, **fett**, - Listen, [Links](https://…), @Mitglied (Strg+Eingabe sendet)</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Schreiben Sie zuerst etwas.</translation>
    </message>
    <message>
        <source>Write to the whole thread instead (Escape)</source>
        <translation>Stattdessen an die ganze Diskussion schreiben (Esc)</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>Ihr Beitrag</translation>
    </message>
    <message>
        <source>a discussion&apos;s rules do not allow this change</source>
        <translation>die Regeln einer Diskussion erlauben diese Änderung nicht</translation>
    </message>
    <message>
        <source>a post needs some text</source>
        <translation>ein Beitrag braucht Text</translation>
    </message>
    <message>
        <source>a removed post</source>
        <translation>einen entfernten Beitrag</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>Antwort an {name}</translation>
    </message>
    <message>
        <source>only a coordinator can hide a post or a discussion</source>
        <translation>nur eine Koordinatorin kann einen Beitrag oder eine Diskussion ausblenden</translation>
    </message>
    <message>
        <source>only its author can edit or withdraw a post</source>
        <extracomment>what a discussion write changes, for the views</extracomment>
        <translation>nur der Verfasser kann einen Beitrag bearbeiten oder zurückziehen</translation>
    </message>
    <message>
        <source>only the member who started a discussion can change its title, themes or language</source>
        <translation>nur wer eine Diskussion begonnen hat, kann ihren Titel, ihre Themen oder ihre Sprache ändern</translation>
    </message>
    <message>
        <source>started by {name}</source>
        <translation>begonnen von {name}</translation>
    </message>
    <message>
        <source>{title} (hidden)</source>
        <translation>{title} (ausgeblendet)</translation>
    </message>
    <message>
        <source>{title} · {count} new</source>
        <translation>{title} · {count} neu</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>(choose)</source>
        <translation>(auswählen)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>No date</source>
        <extracomment>where the calendar opens when no date is set; the form points an end date at its start</extracomment>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Type and press Enter</source>
        <translation>Eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
        <source>add</source>
        <translation>hinzufügen</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>leeren</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>hinzuzufügen</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasst von</translation>
    </message>
    <message>
        <source>Broader theme</source>
        <translation>Übergeordnetes Thema</translation>
    </message>
    <message>
        <source>Comments on</source>
        <translation>Kommentare zu</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Datum der Einwilligung</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Herkunft der Einwilligung</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Expertise themes</source>
        <translation>Fachthemen</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Full name of a person, or the name of an organisation</source>
        <translation>Vollständiger Name einer Person oder Name einer Organisation</translation>
    </message>
    <message>
        <source>Funding amount</source>
        <translation>Förderbetrag</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Finanzierungsquelle</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Group member</source>
        <translation>Gruppenmitglied</translation>
    </message>
    <message>
        <source>Hidden because</source>
        <translation>Ausgeblendet, weil</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>Antwort auf</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Medientyp</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Obstacles (legal / policy)</source>
        <translation>Hindernisse (rechtlich / politisch)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation types</source>
        <translation>Organisationsarten</translation>
    </message>
    <message>
        <source>Partners (incl. authorities)</source>
        <translation>Partner (einschl. Behörden)</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Related contacts</source>
        <translation>Verknüpfte Kontakte</translation>
    </message>
    <message>
        <source>Related tools</source>
        <translation>Verknüpfte Werkzeuge</translation>
    </message>
    <message>
        <source>Removed posts</source>
        <translation>Entfernte Beiträge</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Prüfnotiz</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Größe (Bytes)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Begonnen von</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The person&apos;s member name in the group: their posts are then part of their data</source>
        <translation>Der Mitgliedsname der Person in der Gruppe: ihre Beiträge gehören dann zu ihren Daten</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Town / village</source>
        <translation>Ort / Gemeinde</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Übertragbarkeit</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>&amp;Cancel the invitation</source>
        <translation>Einladung &amp;zurückziehen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Export everything about this person…</source>
        <translation>Alles über diese Person &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Hand a file to the server…</source>
        <translation>&amp;Datei an den Server übergeben…</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Einladungen</translation>
    </message>
    <message>
        <source>&amp;Invite someone…</source>
        <translation>Jemanden &amp;einladen…</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Mitglieder</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Newest entries</source>
        <translation>&amp;Neueste Einträge</translation>
    </message>
    <message>
        <source>&amp;Older entries</source>
        <translation>Ä&amp;ltere Einträge</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;People&apos;s data</source>
        <translation>&amp;Personendaten</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Gültig für:</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>1 week</source>
        <extracomment>how long an invitation can be redeemed, in hours</extracomment>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>A revoked token stops syncing at once: that computer keeps its copy but can no longer send or receive. Tick the computers to cut off.</source>
        <translation>Ein widerrufenes Token synchronisiert sofort nicht mehr: Der Computer behält seine Kopie, kann aber nichts mehr senden oder empfangen. Haken Sie die Computer an, die getrennt werden sollen.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Added a member</source>
        <translation>Mitglied hinzugefügt</translation>
    </message>
    <message>
        <source>Asking the server who you are…</source>
        <translation>Der Server wird gefragt, wer Sie sind…</translation>
    </message>
    <message>
        <source>At {url}</source>
        <translation>Unter {url}</translation>
    </message>
    <message>
        <source>At {url} · you are: {role}</source>
        <translation>Unter {url} · Ihre Rolle: {role}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>Cancel the invitation</source>
        <translation>Einladung zurückziehen</translation>
    </message>
    <message>
        <source>Cancel the invitation for {name}? The code stops working at once; you can invite them again later.</source>
        <translation>Die Einladung für {name} zurückziehen? Der Code funktioniert sofort nicht mehr; Sie können später erneut einladen.</translation>
    </message>
    <message>
        <source>Cancelled an invitation</source>
        <translation>Einladung zurückgezogen</translation>
    </message>
    <message>
        <source>Cancelling the invitation…</source>
        <translation>Einladung wird zurückgezogen…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>&amp;Rolle ändern…</translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation>Rolle von {name} ändern</translation>
    </message>
    <message>
        <source>Changed a member</source>
        <translation>Mitglied geändert</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>Rolle wird geändert…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copy the invitation code</source>
        <translation>Einladungscode kopieren</translation>
    </message>
    <message>
        <source>Create the invitation</source>
        <translation>Einladung erstellen</translation>
    </message>
    <message>
        <source>Creating the invitation…</source>
        <translation>Einladung wird erstellt…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>Diese Person &amp;löschen…</translation>
    </message>
    <message>
        <source>Erase on every replica</source>
        <translation>Auf jeder Replik löschen</translation>
    </message>
    <message>
        <source>Erase “{name}”</source>
        <translation>„{name}“ löschen</translation>
    </message>
    <message>
        <source>Erase “{name}” from the whole group? This cannot be undone. It is erased here and sent to the server at once; every member&apos;s copy of RuralDesk erases it at its next sync:</source>
        <translation>„{name}“ aus der ganzen Gruppe löschen? Das lässt sich nicht rückgängig machen. Es wird hier gelöscht und sofort an den Server gesendet; die RuralDesk-Kopie jedes Mitglieds löscht es bei der nächsten Synchronisierung:</translation>
    </message>
    <message>
        <source>Erased a record</source>
        <translation>Datensatz gelöscht</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Löschen läuft…</translation>
    </message>
    <message>
        <source>Everything about {name} was written to {path}.</source>
        <translation>Alles über {name} wurde in {path} geschrieben.</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Alles über {name} exportieren</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Person finden</translation>
    </message>
    <message>
        <source>Give {name} this code. In RuralDesk they choose Sync → Set up sync… and paste it, or scan the picture with a phone and send it to themselves. It works once, until {expires}.</source>
        <translation>Geben Sie {name} diesen Code. In RuralDesk wählt die Person Synchronisierung → Synchronisierung einrichten… und fügt ihn ein, oder scannt das Bild mit einem Telefon und schickt ihn sich selbst. Er funktioniert einmal, bis {expires}.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Group window status</source>
        <translation>Status des Gruppenfensters</translation>
    </message>
    <message>
        <source>Group “{group}”</source>
        <translation>Gruppe „{group}“</translation>
    </message>
    <message>
        <source>Hand a file to the server</source>
        <translation>Datei an den Server übergeben</translation>
    </message>
    <message>
        <source>Hand to the server</source>
        <translation>An den Server übergeben</translation>
    </message>
    <message>
        <source>Handing the file to the server…</source>
        <translation>Datei wird an den Server übergeben…</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Einladungscode</translation>
    </message>
    <message>
        <source>Invitation code as a QR code</source>
        <translation>Einladungscode als QR-Code</translation>
    </message>
    <message>
        <source>Invitation for {name}</source>
        <translation>Einladung für {name}</translation>
    </message>
    <message>
        <source>Invitation for {name} cancelled.</source>
        <translation>Einladung für {name} zurückgezogen.</translation>
    </message>
    <message>
        <source>Invitation for {name} created.</source>
        <translation>Einladung für {name} erstellt.</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <translation>Jemanden einladen</translation>
    </message>
    <message>
        <source>Invited someone</source>
        <translation>Jemanden eingeladen</translation>
    </message>
    <message>
        <source>Issued a token</source>
        <translation>Token ausgegeben</translation>
    </message>
    <message>
        <source>Its attachments: none</source>
        <translation>Seine Anhänge: keine</translation>
    </message>
    <message>
        <source>Its attachments: {names}</source>
        <translation>Seine Anhänge: {names}</translation>
    </message>
    <message>
        <source>Its history, with the values it held (changes recorded: {count})</source>
        <translation>Sein Verlauf mit den Werten, die er enthielt (erfasste Änderungen: {count})</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Joined the group, but the token could not be kept: {error}</source>
        <extracomment>starts network work off the UI thread: Operations.run, or the worker itself</extracomment>
        <translation>Der Gruppe beigetreten, aber das Token konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Joined with an invitation</source>
        <translation>Mit einer Einladung beigetreten</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Links to it from other records: none</source>
        <translation>Verweise anderer Datensätze darauf: keine</translation>
    </message>
    <message>
        <source>Links to it from {records} ({count}): {titles}</source>
        <translation>Verweise darauf aus {records} ({count}): {titles}</translation>
    </message>
    <message>
        <source>Listing what the erasure removes…</source>
        <translation>Es wird ermittelt, was die Löschung entfernt…</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Protokoll wird geladen…</translation>
    </message>
    <message>
        <source>Loading the member&apos;s tokens…</source>
        <translation>Tokens des Mitglieds werden geladen…</translation>
    </message>
    <message>
        <source>Loading the members…</source>
        <translation>Mitglieder werden geladen…</translation>
    </message>
    <message>
        <source>Loading the open invitations…</source>
        <translation>Offene Einladungen werden geladen…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Members see the new name after their next sync; the group&apos;s address stays.</source>
        <translation>Die Mitglieder sehen den neuen Namen nach ihrer nächsten Synchronisierung; die Adresse der Gruppe bleibt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Not connected to a group server.</source>
        <translation>Nicht mit einem Gruppenserver verbunden.</translation>
    </message>
    <message>
        <source>Not done: {why}</source>
        <translation>Nicht erledigt: {why}</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied} and already had {already}.</source>
        <translation>Änderungen in der Datei: {total}; der Server hat {applied} davon übernommen, {already} hatte er schon.</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied}, already had {already} and refused {refused}: {reasons}.</source>
        <translation>Änderungen in der Datei: {total}; der Server hat {applied} davon übernommen, {already} hatte er schon und {refused} hat er abgelehnt: {reasons}.</translation>
    </message>
    <message>
        <source>Only the group&apos;s coordinators can invite people, change roles or remove members. Ask one of them.</source>
        <translation>Nur die Koordination der Gruppe kann einladen, Rollen ändern oder Mitglieder entfernen. Fragen Sie dort nach.</translation>
    </message>
    <message>
        <source>Open invitations</source>
        <translation>Offene Einladungen</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Re&amp;move from the group…</source>
        <translation>Aus der Gruppe &amp;entfernen…</translation>
    </message>
    <message>
        <source>Re&amp;name the group…</source>
        <translation>Gruppe &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Re&amp;voke tokens…</source>
        <translation>Tokens &amp;widerrufen…</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Lesend</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} entfernen</translation>
    </message>
    <message>
        <source>Remove {name} from the group</source>
        <translation>{name} aus der Gruppe entfernen</translation>
    </message>
    <message>
        <source>Remove {name} from the group? Their tokens stop working at once and they no longer receive the group&apos;s records. Everything they added or changed stays, under their name.</source>
        <translation>{name} aus der Gruppe entfernen? Die Tokens funktionieren sofort nicht mehr, und die Person erhält die Datensätze der Gruppe nicht mehr. Alles, was sie hinzugefügt oder geändert hat, bleibt unter ihrem Namen erhalten.</translation>
    </message>
    <message>
        <source>Removed a member</source>
        <translation>Mitglied entfernt</translation>
    </message>
    <message>
        <source>Removing the member…</source>
        <translation>Mitglied wird entfernt…</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>Gruppe umbenennen</translation>
    </message>
    <message>
        <source>Renamed the group</source>
        <translation>Gruppe umbenannt</translation>
    </message>
    <message>
        <source>Renaming the group…</source>
        <translation>Gruppe wird umbenannt…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Revoke tokens of {name}</source>
        <translation>Tokens von {name} widerrufen</translation>
    </message>
    <message>
        <source>Revoked a token</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Widerruf läuft…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Send the changes in a hand-over file someone brought straight to the server</source>
        <translation>Die Änderungen aus einer Übergabedatei, die jemand mitgebracht hat, direkt an den Server senden</translation>
    </message>
    <message>
        <source>The changes in the file go to the server under the names of the people who made them; this computer gets them at its next sync, like everyone. Changes the server already has are not taken twice.</source>
        <translation>Die Änderungen in der Datei gehen unter den Namen der Personen, die sie gemacht haben, an den Server; dieser Computer erhält sie bei seiner nächsten Synchronisierung, wie alle anderen. Änderungen, die der Server schon hat, werden nicht doppelt übernommen.</translation>
    </message>
    <message>
        <source>The code is on the clipboard.</source>
        <translation>Der Code ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>The contact “{name}” and every field value it had</source>
        <translation>Der Kontakt „{name}“ mit allen Feldwerten</translation>
    </message>
    <message>
        <source>The discussion about this contact, with its posts ({count})</source>
        <translation>Die Diskussion über diesen Kontakt mit ihren Beiträgen ({count})</translation>
    </message>
    <message>
        <source>The file holds no changes; nothing was sent.</source>
        <translation>Die Datei enthält keine Änderungen; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The five words given with the file, separately from it.</source>
        <translation>Die fünf Wörter, die Sie getrennt von der Datei erhalten haben.</translation>
    </message>
    <message>
        <source>The group is now called “{name}”.</source>
        <translation>Die Gruppe heißt jetzt „{name}“.</translation>
    </message>
    <message>
        <source>The invitation gives one person a place in the group. They paste the code into RuralDesk (Sync → Set up sync…) on their computer; it works once.</source>
        <translation>Die Einladung gibt einer Person einen Platz in der Gruppe. Sie fügt den Code auf ihrem Computer in RuralDesk ein (Synchronisierung → Synchronisierung einrichten…); er funktioniert einmal.</translation>
    </message>
    <message>
        <source>The person is also named in the text of {count} other records. That text is not changed: review it after the erasure (the export lists where).</source>
        <translation>Die Person wird auch im Text anderer Datensätze genannt ({count}). Dieser Text wird nicht geändert: Prüfen Sie ihn nach der Löschung (der Export nennt die Stellen).</translation>
    </message>
    <message>
        <source>Their own posts in the group&apos;s discussions ({count}); the threads stay and show “post removed”</source>
        <translation>Die eigenen Beiträge der Person in den Diskussionen der Gruppe ({count}); die Diskussionen bleiben und zeigen „Beitrag entfernt“</translation>
    </message>
    <message>
        <source>This member has no token in use.</source>
        <translation>Dieses Mitglied hat kein Token in Gebrauch.</translation>
    </message>
    <message>
        <source>This workspace is not connected to a group server. Use Sync → Set up sync… with the invitation code your coordinator gave you.</source>
        <translation>Dieser Arbeitsbereich ist mit keinem Gruppenserver verbunden. Nutzen Sie Synchronisierung → Synchronisierung einrichten… mit dem Einladungscode Ihrer Koordination.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Tokens revoked for {name}: {count}.</source>
        <translation>Widerrufene Tokens für {name}: {count}.</translation>
    </message>
    <message>
        <source>Type a name, an e-mail or a phone number</source>
        <translation>Namen, E-Mail oder Telefonnummer eingeben</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Was geschehen wird</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>When a person asks what the group holds about them, or asks to be forgotten (GDPR articles 15 and 17), find them here.</source>
        <extracomment>contacts listed at once (a search narrows them down)</extracomment>
        <translation>Wenn eine Person wissen will, was die Gruppe über sie gespeichert hat, oder verlangt, vergessen zu werden (Art. 15 und 17 DSGVO), finden Sie sie hier.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>adds and edits the group&apos;s records</source>
        <translation>fügt Datensätze der Gruppe hinzu und bearbeitet sie</translation>
    </message>
    <message>
        <source>as the group will see it</source>
        <translation>so, wie die Gruppe ihn sehen wird</translation>
    </message>
    <message>
        <source>manages the group: members, invitations, erasure</source>
        <translation>verwaltet die Gruppe: Mitglieder, Einladungen, Löschung</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>reads the group&apos;s records, changes nothing</source>
        <translation>liest die Datensätze der Gruppe, ändert nichts</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <extracomment>audit entries per page (&quot;Older entries&quot; asks for the next page)</extracomment>
        <translation>die Datei kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>the server did not accept this computer&apos;s token; ask your coordinator for a new invitation</source>
        <translation>der Server hat das Token dieses Computers nicht angenommen; bitten Sie Ihre Koordination um eine neue Einladung</translation>
    </message>
    <message>
        <source>unnamed computer</source>
        <translation>unbenannter Computer</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} Tage</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} Wochen</translation>
    </message>
    <message>
        <source>{label}, since {when}</source>
        <translation>{label}, seit {when}</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (Sie)</translation>
    </message>
    <message>
        <source>{name} is no longer a member; their records stay.</source>
        <translation>{name} ist kein Mitglied mehr; die Datensätze bleiben.</translation>
    </message>
    <message>
        <source>{name} is now: {role}.</source>
        <translation>{name} ist jetzt: {role}.</translation>
    </message>
    <message>
        <source>“{name}” was erased here; the erasure goes to the server with this sync and reaches every replica at its next sync.</source>
        <translation>„{name}“ wurde hier gelöscht; die Löschung geht mit dieser Synchronisierung an den Server und erreicht jede Replik bei ihrer nächsten Synchronisierung.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Applied: {applied}. Already here: {duplicates}. To pass on to the server: {held}. Refused: {refused}.</source>
        <translation>Übernommen: {applied}. Schon vorhanden: {duplicates}. An den Server weiterzugeben: {held}. Abgelehnt: {refused}.</translation>
    </message>
    <message>
        <source>Changes written: {count}, to {path}.

Passphrase (shown only now): {words}</source>
        <translation>Änderungen geschrieben: {count}, nach {path}.

Passphrase (nur jetzt angezeigt): {words}</translation>
    </message>
    <message>
        <source>Connect this computer to the group&apos;s server once before handing changes over.</source>
        <translation>Verbinden Sie diesen Computer einmal mit dem Server der Gruppe, bevor Sie Änderungen weitergeben.</translation>
    </message>
    <message>
        <source>Export changes for another computer…</source>
        <translation>Änderungen für einen anderen Computer exportieren…</translation>
    </message>
    <message>
        <source>Exporting changes</source>
        <translation>Änderungen werden exportiert</translation>
    </message>
    <message>
        <source>Hand-over files (*.rdrelay);;All files (*)</source>
        <translation>Übergabedateien (*.rdrelay);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import changes from a file…</source>
        <translation>Änderungen aus einer Datei importieren…</translation>
    </message>
    <message>
        <source>Importing changes</source>
        <translation>Änderungen werden importiert</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Nichts wurde geändert: {reason}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Abgebrochen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The file is cut short: it was not copied completely.</source>
        <translation>Die Datei ist unvollständig: Sie wurde nicht ganz kopiert.</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was made.</source>
        <translation>Die Datei wurde nach dem Erstellen verändert oder beschädigt.</translation>
    </message>
    <message>
        <source>The file will be locked with these words (change them if you like). Give them to the person who imports it, separately from the file.</source>
        <translation>Die Datei wird mit diesen Wörtern verschlossen (Sie können sie ändern). Geben Sie sie der Person, die sie importiert, getrennt von der Datei.</translation>
    </message>
    <message>
        <source>The passphrase does not open this file: check the words and try again.</source>
        <translation>Die Passphrase öffnet diese Datei nicht: Prüfen Sie die Wörter und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This file holds changes of another group.</source>
        <translation>Diese Datei enthält Änderungen einer anderen Gruppe.</translation>
    </message>
    <message>
        <source>This is not a RuralDesk hand-over file.</source>
        <translation>Dies ist keine RuralDesk-Übergabedatei.</translation>
    </message>
    <message>
        <source>Type the words the file was locked with.</source>
        <translation>Geben Sie die Wörter ein, mit denen die Datei verschlossen wurde.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>About RuralDesk</source>
        <translation>Über RuralDesk</translation>
    </message>
    <message>
        <source>An offline-first organiser of practices, contacts and tools for rural social-economy groups: village associations, cooperatives, social enterprises, third places and the authorities that work with them.</source>
        <translation>Ein Organizer, der zuerst offline arbeitet, für Praxisbeispiele, Kontakte und Werkzeuge ländlicher Akteure der Sozialwirtschaft: Dorfvereine, Genossenschaften, Sozialunternehmen, Dritte Orte und die Behörden, die mit ihnen zusammenarbeiten.</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>RuralDesk user guide</source>
        <translation>RuralDesk-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of RuralDesk. It is online at {url}</source>
        <translation>Das Benutzerhandbuch ist mit dieser Kopie von RuralDesk nicht installiert. Sie finden es online unter {url}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Arbeitsbereich:</translation>
    </message>
</context>
<context>
    <name>IO</name>
    <message>
        <source>Comments on {title}</source>
        <translation>Kommentare zu {title}</translation>
    </message>
    <message>
        <source>DejaVu Sans is not installed: the PDF uses Helvetica, which cannot print letters outside Western Europe (Polish, Greek…); install fonts-dejavu</source>
        <translation>DejaVu Sans ist nicht installiert: Das PDF verwendet Helvetica, das keine Buchstaben außerhalb Westeuropas drucken kann (Polnisch, Griechisch …); installieren Sie fonts-dejavu</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Google Contacts export</source>
        <translation>Google-Kontakte-Export</translation>
    </message>
    <message>
        <source>Google Contacts export (Outlook CSV)</source>
        <translation>Google-Kontakte-Export (Outlook-CSV)</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Von einer Koordinatorin ausgeblendet: {reason}</translation>
    </message>
    <message>
        <source>Outlook export</source>
        <translation>Outlook-Export</translation>
    </message>
    <message>
        <source>Phone ({type}): {number}</source>
        <translation>Telefon ({type}): {number}</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Beitrag entfernt</translation>
    </message>
    <message>
        <source>Posts: {count}</source>
        <translation>Beiträge: {count}</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation>Region: {region}</translation>
    </message>
    <message>
        <source>Started by {name}, {when}</source>
        <translation>Begonnen von {name}, {when}</translation>
    </message>
    <message>
        <source>Thunderbird address book export</source>
        <translation>Thunderbird-Adressbuch-Export</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Vom Verfasser zurückgezogen.</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <source>a PDF document, not a table or an address book</source>
        <translation>ein PDF-Dokument, keine Tabelle und kein Adressbuch</translation>
    </message>
    <message>
        <source>a PNG picture</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <source>a Windows program, not a data file</source>
        <translation>ein Windows-Programm, keine Datendatei</translation>
    </message>
    <message>
        <source>a ZIP archive (an .xlsx or .ods spreadsheet?); save it as CSV from the spreadsheet first</source>
        <translation>ein ZIP-Archiv (eine .xlsx- oder .ods-Tabelle?); speichern Sie sie zuerst in der Tabellenkalkulation als CSV</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>eine Datei</translation>
    </message>
    <message>
        <source>a gzip-compressed file; uncompress it first</source>
        <translation>eine gzip-komprimierte Datei; entpacken Sie sie zuerst</translation>
    </message>
    <message>
        <source>a program, not a data file</source>
        <translation>ein Programm, keine Datendatei</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed</source>
        <translation>ein Anführungszeichen (&quot;) in dieser Zeile wird nie geschlossen</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed on its line</source>
        <translation>ein Anführungszeichen (&quot;) in dieser Zeile wird auf ihrer Zeile nie geschlossen</translation>
    </message>
    <message>
        <source>a quoted cell has text after its closing quote and the row does not have as many cells as the header</source>
        <translation>eine Zelle in Anführungszeichen hat Text nach dem schließenden Zeichen und die Zeile hat nicht so viele Zellen wie die Kopfzeile</translation>
    </message>
    <message>
        <source>a second address is not imported (only one address is kept)</source>
        <translation>eine zweite Adresse wird nicht importiert (nur eine Adresse wird behalten)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <source>a vCard file</source>
        <translation>eine vCard-Datei</translation>
    </message>
    <message>
        <source>address country not recognised</source>
        <translation>Land der Adresse nicht erkannt</translation>
    </message>
    <message>
        <source>an SQLite database (to bring back a whole workspace use restore)</source>
        <translation>eine SQLite-Datenbank (um einen ganzen Arbeitsbereich zurückzuholen, verwenden Sie die Wiederherstellung)</translation>
    </message>
    <message>
        <source>an alternative (ALTID {altid}) of a value already kept</source>
        <translation>eine Alternative (ALTID {altid}) zu einem schon behaltenen Wert</translation>
    </message>
    <message>
        <source>an old Office document (.xls or .doc); save it as CSV from the spreadsheet first</source>
        <translation>ein altes Office-Dokument (.xls oder .doc); speichern Sie es zuerst in der Tabellenkalkulation als CSV</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>{name} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>category is not a theme of this workspace</source>
        <translation>die Kategorie ist kein Thema dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>Spalte {number}</translation>
    </message>
    <message>
        <source>edited {when}</source>
        <translation>bearbeitet {when}</translation>
    </message>
    <message>
        <source>group “{group}” is not a theme of this workspace; not imported</source>
        <translation>die Gruppe „{group}“ ist kein Thema dieses Arbeitsbereichs; nicht importiert</translation>
    </message>
    <message>
        <source>has {cells} cells but the header names {columns} columns; the extra cells would be lost</source>
        <translation>hat {cells} Zellen, aber die Kopfzeile nennt {columns} Spalten; die überzähligen Zellen gingen verloren</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>Antwort an {name}</translation>
    </message>
    <message>
        <source>it holds a file its manifest does not list (“{file}”)</source>
        <translation>es enthält eine Datei, die sein Manifest nicht auflistet („{file}“)</translation>
    </message>
    <message>
        <source>it holds the file “{file}” twice</source>
        <translation>es enthält die Datei „{file}“ zweimal</translation>
    </message>
    <message>
        <source>it lists {count} attachment files, more than the {limit} a backup may hold</source>
        <translation>es listet {count} Anhangsdateien auf, mehr als die {limit}, die eine Sicherung enthalten darf</translation>
    </message>
    <message>
        <source>it would unpack to {size}, more than the {limit} a restore may write</source>
        <translation>es würde auf {size} entpackt, mehr als die {limit}, die eine Wiederherstellung schreiben darf</translation>
    </message>
    <message>
        <source>its manifest does not describe the replica file properly</source>
        <translation>sein Manifest beschreibt die Replikatdatei nicht korrekt</translation>
    </message>
    <message>
        <source>its manifest does not give its counts properly</source>
        <translation>sein Manifest gibt seine Anzahlen nicht korrekt an</translation>
    </message>
    <message>
        <source>its manifest does not list the attachments properly</source>
        <translation>sein Manifest listet die Anhänge nicht korrekt auf</translation>
    </message>
    <message>
        <source>its manifest is larger than any backup&apos;s</source>
        <translation>sein Manifest ist größer als das jeder Sicherung</translation>
    </message>
    <message>
        <source>its manifest is not a list of named values</source>
        <translation>sein Manifest ist keine Liste benannter Werte</translation>
    </message>
    <message>
        <source>its manifest lists the attachment {file}… twice</source>
        <translation>sein Manifest listet den Anhang {file}… zweimal auf</translation>
    </message>
    <message>
        <source>its manifest names an attachment “{file}” that is not a checksum</source>
        <translation>sein Manifest nennt einen Anhang „{file}“, der keine Prüfsumme ist</translation>
    </message>
    <message>
        <source>language not recognised</source>
        <translation>Sprache nicht erkannt</translation>
    </message>
    <message>
        <source>looks like card {number} of this file ({reason})</source>
        <translation>ähnelt Karte {number} dieser Datei ({reason})</translation>
    </message>
    <message>
        <source>looks like row {number} of this file ({reason})</source>
        <translation>ähnelt Zeile {number} dieser Datei ({reason})</translation>
    </message>
    <message>
        <source>looks like “{title}” already here ({reason})</source>
        <translation>ähnelt „{title}“, der schon vorhanden ist ({reason})</translation>
    </message>
    <message>
        <source>name prefix not imported</source>
        <translation>Namenspräfix nicht importiert</translation>
    </message>
    <message>
        <source>name suffix not imported</source>
        <translation>Namenssuffix nicht importiert</translation>
    </message>
    <message>
        <source>no matching field</source>
        <translation>kein passendes Feld</translation>
    </message>
    <message>
        <source>no practice to write (the search or filters match none); {out} was not written</source>
        <translation>keine Praxis zu schreiben (die Suche oder die Filter finden keine); {out} wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>only one address is kept</source>
        <translation>nur eine Adresse wird übernommen</translation>
    </message>
    <message>
        <source>only one name is kept</source>
        <translation>nur ein Name wird behalten</translation>
    </message>
    <message>
        <source>only one organisation is kept</source>
        <translation>nur eine Organisation wird behalten</translation>
    </message>
    <message>
        <source>only one role is kept</source>
        <translation>nur eine Funktion wird übernommen</translation>
    </message>
    <message>
        <source>only one web address is kept</source>
        <translation>nur eine Webadresse wird übernommen</translation>
    </message>
    <message>
        <source>phone label not kept (the number is imported)</source>
        <translation>Telefonbezeichnung nicht behalten (die Nummer wird importiert)</translation>
    </message>
    <message>
        <source>phone {number} has no country code and no region is set to read it with; kept in the notes (set the workspace&apos;s phone region, or --default-region)</source>
        <translation>Telefon {number} hat keine Landesvorwahl und es ist keine Region eingestellt, um sie zu lesen; in den Notizen behalten (Telefonregion des Arbeitsbereichs einstellen oder --default-region)</translation>
    </message>
    <message>
        <source>phone {number} written as {written} (numbers without a country code read as {region})</source>
        <translation>Telefon {number} als {written} geschrieben (Nummern ohne Ländervorwahl gelten als {region})</translation>
    </message>
    <message>
        <source>region “{region}” is not a NUTS region we know; kept in the notes</source>
        <translation>die Region „{region}“ ist keine uns bekannte NUTS-Region; in den Notizen behalten</translation>
    </message>
    <message>
        <source>same e-mail {email}</source>
        <translation>gleiche E-Mail {email}</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <source>same phone {phone}</source>
        <translation>gleiche Telefonnummer {phone}</translation>
    </message>
    <message>
        <source>similar names ({ratio})</source>
        <translation>ähnliche Namen ({ratio})</translation>
    </message>
    <message>
        <source>spreadsheet (columns matched by their names)</source>
        <translation>Tabelle (Spalten nach ihren Namen zugeordnet)</translation>
    </message>
    <message>
        <source>the file name “{file}” points outside the backup</source>
        <translation>der Dateiname „{file}“ zeigt aus der Sicherung heraus</translation>
    </message>
    <message>
        <source>the last row is cut short (fewer cells than the header and no line end): the file looks truncated</source>
        <translation>die letzte Zeile ist abgeschnitten (weniger Zellen als die Kopfzeile und kein Zeilenende): Die Datei scheint unvollständig</translation>
    </message>
    <message>
        <source>the row cannot be read ({error})</source>
        <translation>die Zeile kann nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>the workspace {path} is not empty ({count} records); restore only into an empty workspace (choose a new one)</source>
        <translation>der Arbeitsbereich {path} ist nicht leer ({count} Datensätze); stellen Sie nur in einen leeren Arbeitsbereich wieder her (wählen Sie einen neuen)</translation>
    </message>
    <message>
        <source>this card was exported from this workspace and the contact is still here (same UID)</source>
        <translation>diese Karte wurde aus diesem Arbeitsbereich exportiert und der Kontakt ist noch vorhanden (gleiche UID)</translation>
    </message>
    <message>
        <source>unknown encoding {encoding}</source>
        <translation>unbekannte Kodierung {encoding}</translation>
    </message>
    <message>
        <source>{column} ({count} values)</source>
        <translation>{column} ({count} Werte)</translation>
    </message>
    <message>
        <source>{name} cannot be restored safely: {reason}; nothing was changed</source>
        <translation>{name} kann nicht sicher wiederhergestellt werden: {reason}; nichts wurde geändert</translation>
    </message>
    <message>
        <source>{name} has no header row (the first line should name the columns)</source>
        <translation>{name} hat keine Kopfzeile (die erste Zeile sollte die Spalten benennen)</translation>
    </message>
    <message>
        <source>{name} holds a damaged replica ({reason})</source>
        <translation>{name} enthält ein beschädigtes Replikat ({reason})</translation>
    </message>
    <message>
        <source>{name} is UTF-8 except on line {line} (byte {byte}), which is in another encoding: two encodings are mixed in one file; correct that line, or choose the encoding of the whole file</source>
        <translation>{name} ist UTF-8 außer Zeile {line} (Byte {byte}), die in einer anderen Kodierung ist: zwei Kodierungen sind gemischt; korrigieren Sie diese Zeile oder wählen Sie die Kodierung der ganzen Datei</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes)</source>
        <translation>{name} ist eine Binärdatei, kein Text (sie enthält NUL-Bytes)</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes, first on line {line})</source>
        <translation>{name} ist eine Binärdatei, kein Text (sie enthält NUL-Bytes, zuerst in Zeile {line})</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason})</source>
        <translation>{name} ist beschädigt ({reason})</translation>
    </message>
    <message>
        <source>{name} is damaged: attachment {file}… does not match its checksum</source>
        <translation>{name} ist beschädigt: Anhang {file}… stimmt nicht mit seiner Prüfsumme überein</translation>
    </message>
    <message>
        <source>{name} is damaged: the replica inside does not match its checksum</source>
        <translation>{name} ist beschädigt: Das enthaltene Replikat stimmt nicht mit seiner Prüfsumme überein</translation>
    </message>
    <message>
        <source>{name} is damaged: “{file}” is shorter than its manifest says</source>
        <translation>{name} ist beschädigt: „{file}“ ist kürzer, als sein Manifest angibt</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} ist leer</translation>
    </message>
    <message>
        <source>{name} is in no encoding we can read exactly (not UTF-8, UTF-16, a Windows or ISO 8859 code page, or Shift-JIS); save it again as UTF-8</source>
        <translation>{name} ist in keiner Kodierung, die wir genau lesen (weder UTF-8, UTF-16, eine Windows- oder ISO-8859-Codepage noch Shift-JIS); speichern Sie sie erneut als UTF-8</translation>
    </message>
    <message>
        <source>{name} is incomplete: {count} files are missing (first: {first})</source>
        <translation>{name} ist unvollständig: {count} Dateien fehlen (erste: {first})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup (not a ZIP file); it may be truncated</source>
        <translation>{name} ist keine RuralDesk-Sicherung (keine ZIP-Datei); sie ist vielleicht unvollständig</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup or is damaged ({reason})</source>
        <translation>{name} ist keine RuralDesk-Sicherung oder ist beschädigt ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk workspace backup</source>
        <translation>{name} ist keine Sicherung eines RuralDesk-Arbeitsbereichs</translation>
    </message>
    <message>
        <source>{name} is not a vCard file (it should start with BEGIN:VCARD)</source>
        <translation>{name} ist keine vCard-Datei (sie sollte mit BEGIN:VCARD beginnen)</translation>
    </message>
    <message>
        <source>{name} is not a valid vCard file: card {number} is broken ({reason})</source>
        <translation>{name} ist keine gültige vCard-Datei: Karte {number} ist fehlerhaft ({reason})</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-16 text; it may be truncated or damaged</source>
        <translation>{name} ist kein gültiger UTF-16-Text; die Datei ist vielleicht unvollständig oder beschädigt</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-32 text; it may be truncated or damaged</source>
        <translation>{name} ist kein gültiger UTF-32-Text; die Datei ist vielleicht abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text after all (byte {byte}); save it again as UTF-8</source>
        <translation>{name} ist doch kein {encoding}-Text (Byte {byte}); speichern Sie die Datei erneut als UTF-8</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text: line {line} holds bytes it cannot read (byte {byte}); choose another encoding</source>
        <translation>{name} ist kein {encoding}-Text: Zeile {line} enthält Bytes, die sich so nicht lesen lassen (Byte {byte}); wählen Sie eine andere Kodierung</translation>
    </message>
    <message>
        <source>{name} is {size}, more than the {limit} {what} may be; split it into smaller files</source>
        <translation>{name} ist {size} groß, mehr als die {limit}, die {what} haben darf; teilen Sie sie in kleinere Dateien auf</translation>
    </message>
    <message>
        <source>{name} is {what}</source>
        <translation>{name} ist {what}</translation>
    </message>
    <message>
        <source>{name} needs {size} of free disk space and only {free} is free; nothing was changed</source>
        <translation>{name} braucht {size} freien Speicherplatz, und nur {free} sind frei; nichts wurde geändert</translation>
    </message>
    <message>
        <source>{name} starts as UTF-8 but line {line} holds bytes that are not UTF-8 (byte {byte}); it may be damaged — save it again as UTF-8</source>
        <translation>{name} beginnt als UTF-8, aber Zeile {line} enthält Bytes, die kein UTF-8 sind (Byte {byte}); die Datei ist vielleicht beschädigt — speichern Sie sie erneut als UTF-8</translation>
    </message>
    <message>
        <source>{name} was made by a newer RuralDesk (backup format {version}); update RuralDesk to restore it</source>
        <translation>{name} wurde mit einem neueren RuralDesk erstellt (Sicherungsformat {version}); aktualisieren Sie RuralDesk, um sie wiederherzustellen</translation>
    </message>
    <message>
        <source>{name}, line {line}: a quoted cell has text after its closing quote ({error})</source>
        <translation>{name}, Zeile {line}: Eine Zelle in Anführungszeichen hat Text nach dem schließenden Anführungszeichen ({error})</translation>
    </message>
    <message>
        <source>{name}, line {line}: {error}</source>
        <translation>{name}, Zeile {line}: {error}</translation>
    </message>
    <message>
        <source>{name}: a quote (&quot;) opened near line {line} is never closed; the file looks truncated or damaged</source>
        <translation>{name}: Ein Anführungszeichen (&quot;) nahe Zeile {line} wird nie geschlossen; die Datei scheint unvollständig oder beschädigt</translation>
    </message>
    <message>
        <source>{name}: card {number} is never closed (END:VCARD is missing); the file looks truncated</source>
        <translation>{name}: Karte {number} wird nie geschlossen (END:VCARD fehlt); die Datei scheint abgeschnitten</translation>
    </message>
    <message>
        <source>{name}: the encoding is not certain, the file reads differently as {shown}; choose one (for example --encoding {first})</source>
        <translation>{name}: die Kodierung ist nicht sicher, die Datei liest sich unterschiedlich als {shown}; wählen Sie eine (zum Beispiel --encoding {first})</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); restore into a new workspace</source>
        <translation>{path} kann nicht gelesen werden ({reason}); stellen Sie in einen neuen Arbeitsbereich wieder her</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} existiert nicht</translation>
    </message>
    <message>
        <source>{path} is a folder, not {what}</source>
        <translation>{path} ist ein Ordner und nicht {what}</translation>
    </message>
    <message>
        <source>{path} is not an empty workspace</source>
        <translation>{path} ist kein leerer Arbeitsbereich</translation>
    </message>
    <message>
        <source>{property} not imported: {why}</source>
        <translation>{property} nicht importiert: {why}</translation>
    </message>
    <message>
        <source>{where}: {count} characters in a script the font cannot show ({scripts}) were left out of the PDF</source>
        <translation>{where}: {count} Zeichen einer Schrift, die die Schriftart nicht darstellen kann ({scripts}), wurden im PDF ausgelassen</translation>
    </message>
    <message>
        <source>“{file}” claims a size its compressed data cannot have (a zip bomb?)</source>
        <translation>„{file}“ gibt eine Größe an, die seine komprimierten Daten nicht haben können (eine ZIP-Bombe?)</translation>
    </message>
    <message>
        <source>“{file}” is a link or a folder, not a file</source>
        <translation>„{file}“ ist ein Link oder ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>“{file}” is encrypted or compressed in a way RuralDesk does not write</source>
        <translation>„{file}“ ist verschlüsselt oder auf eine Weise komprimiert, die RuralDesk nicht schreibt</translation>
    </message>
    <message>
        <source>“{file}” is not the size its manifest says</source>
        <translation>„{file}“ hat nicht die Größe, die sein Manifest angibt</translation>
    </message>
    <message>
        <source>“{file}” unpacks to more than its declared size (a zip bomb?)</source>
        <translation>„{file}“ entpackt sich zu mehr als seiner angegebenen Größe (eine ZIP-Bombe?)</translation>
    </message>
    <message>
        <source>“{number}” is not a phone number we can read; kept in the notes</source>
        <translation>„{number}“ ist keine lesbare Telefonnummer; in den Notizen behalten</translation>
    </message>
    <message>
        <source>“{value}” is not a country (use a name or an ISO 3166 code such as PT)</source>
        <translation>„{value}“ ist kein Land (verwenden Sie einen Namen oder einen ISO-3166-Code wie PT)</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>„{value}“ ist kein Datum (verwenden Sie JJJJ-MM-TT oder TT/MM/JJJJ)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use a name or an ISO 639 code such as fr)</source>
        <translation>„{value}“ ist keine Sprache (verwenden Sie einen Namen oder einen ISO-639-Code wie fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use an ISO 639 code such as fr)</source>
        <translation>„{value}“ ist keine Sprache (verwenden Sie einen ISO-639-Code wie fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>„{value}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>„{value}“ ist keine Eintrags-ID</translation>
    </message>
    <message>
        <source>“{value}” is not a theme of this workspace</source>
        <translation>„{value}“ ist kein Thema dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>„{value}“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>„{value}“ ist keiner der Werte: {choices}</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Alle Regionen</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Filter by {what}</source>
        <translation>Nach {what} filtern</translation>
    </message>
    <message>
        <source>In the trash: {count}</source>
        <translation>Im Papierkorb: {count}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>List summary</source>
        <translation>Zusammenfassung der Liste</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Records: {count}</source>
        <translation>Einträge: {count}</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Results: {count}</source>
        <translation>Treffer: {count}</translation>
    </message>
    <message>
        <source>Results: {shown} of {total}</source>
        <translation>Treffer: {shown} von {total}</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>Suche speichern…</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Diese Suche speichern</translation>
    </message>
    <message>
        <source>Selected: {count}</source>
        <translation>Ausgewählt: {count}</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Type to search practices, contacts, tools and themes.</source>
        <translation>Tippen Sie, um Praxisbeispiele, Kontakte, Werkzeuge und Themen zu durchsuchen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About RuralDesk</source>
        <translation>&amp;Über RuralDesk</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>Dateien &amp;anhängen…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Spalten…</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic information</source>
        <translation>&amp;Diagnoseinformationen kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation>&amp;Verknüpfen mit…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Paste as attachment</source>
        <translation>Als &amp;Anhang einfügen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Eintrag</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisierung</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Add a record to the list shown</source>
        <translation>Einen Eintrag zur angezeigten Liste hinzufügen</translation>
    </message>
    <message>
        <source>Added “{title}”</source>
        <translation>„{title}“ hinzugefügt</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Attached: {count}</source>
        <translation>Angehängt: {count}</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Anhang noch nicht vorhanden</translation>
    </message>
    <message>
        <source>Bring the selected records back from the trash</source>
        <translation>Die ausgewählten Einträge aus dem Papierkorb zurückholen</translation>
    </message>
    <message>
        <source>Changes waiting to be shared</source>
        <translation>Änderungen, die noch geteilt werden müssen</translation>
    </message>
    <message>
        <source>Changes waiting to be shared: {count}</source>
        <translation>Noch nicht geteilte Änderungen: {count}</translation>
    </message>
    <message>
        <source>Choose a practice or a tool to attach files to.</source>
        <translation>Wählen Sie ein Praxisbeispiel oder ein Werkzeug, an das Dateien angehängt werden sollen.</translation>
    </message>
    <message>
        <source>Copy files into the workspace and attach them</source>
        <translation>Dateien in den Arbeitsbereich kopieren und anhängen</translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>Anhängen nicht möglich</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Gespeicherte Suche löschen</translation>
    </message>
    <message>
        <source>Diagnostic information copied. Paste it into your message to the person helping you; it holds no names or contents.</source>
        <translation>Diagnoseinformationen kopiert. Fügen Sie sie in Ihre Nachricht an die Person ein, die Ihnen hilft; sie enthalten keine Namen oder Inhalte.</translation>
    </message>
    <message>
        <source>Edit the record shown</source>
        <translation>Den angezeigten Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Empty the &amp;trash…</source>
        <translation>&amp;Papierkorb leeren…</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Papierkorb wird geleert</translation>
    </message>
    <message>
        <source>Erase everything in the trash from this computer? This cannot be undone.</source>
        <translation>Alles im Papierkorb von diesem Computer löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Erased from this computer: {count}</source>
        <translation>Von diesem Computer gelöscht: {count}</translation>
    </message>
    <message>
        <source>For a support request: versions and sizes, never names or contents</source>
        <translation>Für eine Supportanfrage: Versionen und Größen, niemals Namen oder Inhalte</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Zur &amp;Liste</translation>
    </message>
    <message>
        <source>Link this record to contacts, tools or practices</source>
        <translation>Diesen Eintrag mit Kontakten, Werkzeugen oder Praxisbeispielen verknüpfen</translation>
    </message>
    <message>
        <source>Link “{title}” to…</source>
        <translation>„{title}“ verknüpfen mit…</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Move the selected records to the trash</source>
        <translation>Die ausgewählten Einträge in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Moved to the trash: {count}. Undo with Ctrl+Z.</source>
        <translation>In den Papierkorb verschoben: {count}. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <extracomment>set by the sync UI: fetch_attachment(sha256, then) downloads a file kept on the server</extracomment>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>No changes waiting to be shared</source>
        <translation>Keine ungeteilten Änderungen</translation>
    </message>
    <message>
        <source>No saved searches yet. Type in the search box, then choose Save search under the filters.</source>
        <translation>Noch keine gespeicherten Suchen. Tippen Sie in das Suchfeld und wählen Sie dann unter den Filtern „Suche speichern“.</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Restored: {count}</source>
        <translation>Wiederhergestellt: {count}</translation>
    </message>
    <message>
        <source>RuralDesk</source>
        <extracomment>which collections a record of each collection can be linked to (both directions)</extracomment>
        <translation>RuralDesk</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <source>Saved the search “{name}”</source>
        <translation>Suche „{name}“ gespeichert</translation>
    </message>
    <message>
        <source>Saved “{title}”</source>
        <translation>„{title}“ gespeichert</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <extracomment>the middle pane: the list, or a view another module adds for a navigation node</extracomment>
        <translation>Alles durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>A&amp;lles auswählen</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>&amp;Protokollordner anzeigen</translation>
    </message>
    <message>
        <source>Show {what}</source>
        <translation>{what} anzeigen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Dieser Eintrag ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The clipboard holds no file or picture to attach.</source>
        <translation>Die Zwischenablage enthält keine Datei und kein Bild zum Anhängen.</translation>
    </message>
    <message>
        <source>This file is not on this computer yet. It arrives with the next sync.</source>
        <translation>Diese Datei ist noch nicht auf diesem Computer. Sie kommt mit der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Diskussionen</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Gefunden in</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <extracomment>the review list is a coordinator&apos;s (ui/review.py): whatsnew sets it from the member&apos;s role</extracomment>
        <translation>Neuigkeiten</translation>
    </message>
    <message>
        <source>{field}: {text}</source>
        <translation>{field}: {text}</translation>
    </message>
</context>
<context>
    <name>NewsCounts</name>
    <message numerus="yes">
        <source>%n changed contacts</source>
        <translation>
            <numerusform>%n geänderter Kontakt</numerusform>
            <numerusform>%n geänderte Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed practices</source>
        <translation>
            <numerusform>%n geänderte Praxis</numerusform>
            <numerusform>%n geänderte Praxisbeispiele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed tools</source>
        <translation>
            <numerusform>%n geändertes Werkzeug</numerusform>
            <numerusform>%n geänderte Werkzeuge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited posts</source>
        <translation>
            <numerusform>%n geänderter Beitrag</numerusform>
            <numerusform>%n geänderte Beiträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contacts</source>
        <translation>
            <numerusform>%n neuer Kontakt</numerusform>
            <numerusform>%n neue Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new posts</source>
        <translation>
            <numerusform>%n neuer Beitrag</numerusform>
            <numerusform>%n neue Beiträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new practices</source>
        <translation>
            <numerusform>%n neue Praxis</numerusform>
            <numerusform>%n neue Praxisbeispiele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tools</source>
        <translation>
            <numerusform>%n neues Werkzeug</numerusform>
            <numerusform>%n neue Werkzeuge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n Beitrag</numerusform>
            <numerusform>%n Beiträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practices</source>
        <translation>
            <numerusform>%n Praxis</numerusform>
            <numerusform>%n Praxisbeispiele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records shared by others since your last review.</source>
        <translation>
            <numerusform>%n Eintrag, den andere seit Ihrer letzten Prüfung geteilt haben.</numerusform>
            <numerusform>%n Einträge, die andere seit Ihrer letzten Prüfung geteilt haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tools</source>
        <translation>
            <numerusform>%n Werkzeug</numerusform>
            <numerusform>%n Werkzeuge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Attach files: {count}</source>
        <translation>Dateien anhängen: {count}</translation>
    </message>
    <message>
        <source>Could not undo or redo: {error}</source>
        <extracomment>a write: runs on the writer thread, returns what changed and a value for on_done</extracomment>
        <translation>Rückgängig machen oder Wiederholen nicht möglich: {error}</translation>
    </message>
    <message>
        <source>Create {title}</source>
        <translation>„{title}“ anlegen</translation>
    </message>
    <message>
        <source>Delete records: {count}</source>
        <translation>Einträge löschen: {count}</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>„{title}“ löschen</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>„{title}“ bearbeiten</translation>
    </message>
    <message>
        <source>Link {title}</source>
        <translation>„{title}“ verknüpfen</translation>
    </message>
    <message>
        <source>Not undone: {fields} of “{title}” changed since, by someone else (it arrived with the last sync). Their value stays; edit it by hand if yours should win.</source>
        <translation>Nicht rückgängig gemacht: {fields} von „{title}“ wurde inzwischen von jemand anderem geändert (mit der letzten Synchronisierung eingetroffen). Dieser Wert bleibt; ändern Sie ihn von Hand, wenn Ihrer gelten soll.</translation>
    </message>
    <message>
        <source>Not undone: “{title}” was moved to or from the trash by someone else since (it arrived with the last sync). It stays as it is.</source>
        <translation>Nicht rückgängig gemacht: „{title}“ wurde inzwischen von jemand anderem in den Papierkorb verschoben oder zurückgeholt (mit der letzten Synchronisierung eingetroffen). Es bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Remove attachment {name}</source>
        <translation>Anhang {name} entfernen</translation>
    </message>
    <message>
        <source>Restore records: {count}</source>
        <translation>Einträge wiederherstellen: {count}</translation>
    </message>
    <message>
        <source>Restore {title}</source>
        <translation>„{title}“ wiederherstellen</translation>
    </message>
    <message>
        <source>Unlink from {title}</source>
        <translation>Verknüpfung mit „{title}“ lösen</translation>
    </message>
</context>
<context>
    <name>PeerSync</name>
    <message>
        <source>&amp;Computers offering sync nearby:</source>
        <translation>&amp;Computer in der Nähe, die Sync anbieten:</translation>
    </message>
    <message>
        <source>&amp;Offer sync to a nearby computer…</source>
        <translation>Sync einem Computer in der Nähe &amp;anbieten…</translation>
    </message>
    <message>
        <source>Address of this computer</source>
        <translation>Adresse dieses Computers</translation>
    </message>
    <message>
        <source>C&amp;onnect and sync</source>
        <translation>&amp;Verbinden und synchronisieren</translation>
    </message>
    <message>
        <source>Choose a computer from the list, or type its address as shown on it (for example 192.168.1.20:40123).</source>
        <translation>Wählen Sie einen Computer aus der Liste oder geben Sie seine Adresse so ein, wie sie dort angezeigt wird (zum Beispiel 192.168.1.20:40123).</translation>
    </message>
    <message>
        <source>Choose the computer that offers sync (Sync → Offer sync to a nearby computer… on it) and type the code it shows.</source>
        <translation>Wählen Sie den Computer, der Sync anbietet (dort Synchronisierung → Sync einem Computer in der Nähe anbieten…), und geben Sie den Code ein, den er anzeigt.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>If this computer is not listed there, connect by address: {address}</source>
        <translation>Wenn dieser Computer dort nicht aufgeführt ist, verbinden Sie sich per Adresse: {address}</translation>
    </message>
    <message>
        <source>Let a computer of your group on the same network sync with this one, without the server or the internet</source>
        <translation>Einen Computer Ihrer Gruppe im selben Netzwerk mit diesem synchronisieren lassen, ohne Server und ohne Internet</translation>
    </message>
    <message>
        <source>Looking for computers of your group on this network…</source>
        <translation>Computer Ihrer Gruppe in diesem Netzwerk werden gesucht…</translation>
    </message>
    <message>
        <source>Offer sync to a nearby computer</source>
        <translation>Sync einem Computer in der Nähe anbieten</translation>
    </message>
    <message>
        <source>On the other computer (same Wi-Fi or phone hotspot, same group), choose Sync → Sync with a nearby computer…, pick this computer and type this code:</source>
        <translation>Wählen Sie auf dem anderen Computer (gleiches WLAN oder Handy-Hotspot, gleiche Gruppe) Synchronisierung → Mit einem Computer in der Nähe synchronisieren…, wählen Sie diesen Computer und geben Sie diesen Code ein:</translation>
    </message>
    <message>
        <source>Or connect by &amp;address:</source>
        <translation>Oder per &amp;Adresse verbinden:</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>&amp;Kopplungscode:</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Kopplungscode</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stopped. Nothing was half-applied.</source>
        <translation>Angehalten. Nichts wurde halb übernommen.</translation>
    </message>
    <message>
        <source>Sync with a &amp;nearby computer…</source>
        <translation>Mit einem Computer in der &amp;Nähe synchronisieren…</translation>
    </message>
    <message>
        <source>Sync with a computer of your group that offers it on the same network</source>
        <translation>Mit einem Computer Ihrer Gruppe synchronisieren, der es im selben Netzwerk anbietet</translation>
    </message>
    <message>
        <source>Sync with a nearby computer</source>
        <translation>Mit einem Computer in der Nähe synchronisieren</translation>
    </message>
    <message>
        <source>Synced with “{name}”: {received} changes received, {sent} sent.</source>
        <translation>Synchronisiert mit „{name}“: {received} Änderungen empfangen, {sent} gesendet.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed.</source>
        <translation>Das ist nicht der Code, der auf dem anderen Computer angezeigt wird; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed. Tries left: {count}.</source>
        <translation>Das ist nicht der Code, der auf dem anderen Computer angezeigt wird; nichts wurde geändert. Verbleibende Versuche: {count}.</translation>
    </message>
    <message>
        <source>The code has six digits, as shown on the other computer.</source>
        <translation>Der Code hat sechs Ziffern, wie auf dem anderen Computer angezeigt.</translation>
    </message>
    <message>
        <source>The connection to the other computer was lost ({reason}). Nothing was half-applied; try again.</source>
        <translation>Die Verbindung zum anderen Computer ist abgebrochen ({reason}). Nichts wurde halb übernommen; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection was lost before the end; nothing was half-applied. Still waiting for a computer of your group…</source>
        <translation>Die Verbindung ist vor dem Ende abgebrochen; nichts wurde halb übernommen. Es wird weiter auf einen Computer Ihrer Gruppe gewartet…</translation>
    </message>
    <message>
        <source>The other computer answered in a way this version does not understand ({reason}). Nothing was changed.</source>
        <translation>Der andere Computer hat auf eine Weise geantwortet, die diese Version nicht versteht ({reason}). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The other computer belongs to another group; only computers of the same group can sync. Nothing was changed.</source>
        <translation>Der andere Computer gehört zu einer anderen Gruppe; nur Computer derselben Gruppe können synchronisieren. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The other computer stopped its offer after too many wrong codes. Ask for a new offer there; nothing was changed.</source>
        <translation>Der andere Computer hat sein Angebot nach zu vielen falschen Codes beendet. Bitten Sie dort um ein neues Angebot; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: on the other computer, connect by address: {address}</source>
        <translation>In diesem Netzwerk können sich Computer nicht gegenseitig finden: Verbinden Sie sich auf dem anderen Computer per Adresse: {address}</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: type the address shown on the other computer.</source>
        <translation>In diesem Netzwerk können sich Computer nicht gegenseitig finden: Geben Sie die Adresse ein, die auf dem anderen Computer angezeigt wird.</translation>
    </message>
    <message>
        <source>This workspace is not part of a group yet. Set up sync with your group server once (Sync → Set up sync…); after that it can sync with nearby computers too.</source>
        <translation>Dieser Arbeitsbereich gehört noch zu keiner Gruppe. Richten Sie einmal die Synchronisierung mit dem Server Ihrer Gruppe ein (Synchronisierung → Synchronisierung einrichten…); danach kann er auch mit Computern in der Nähe synchronisieren.</translation>
    </message>
    <message>
        <source>Waiting for a computer of your group…</source>
        <translation>Es wird auf einen Computer Ihrer Gruppe gewartet…</translation>
    </message>
    <message>
        <source>{count} are kept until your next sync with the server, which knows the computer that signed them.</source>
        <translation>{count} werden bis zu Ihrer nächsten Synchronisierung mit dem Server aufbewahrt, der den Computer kennt, der sie signiert hat.</translation>
    </message>
    <message>
        <source>{count} were refused (their signature did not check out).</source>
        <translation>{count} wurden abgelehnt (ihre Signatur war nicht gültig).</translation>
    </message>
    <message>
        <source>“{name}” belongs to another group; it cannot sync with this computer. Still waiting…</source>
        <translation>„{name}“ gehört zu einer anderen Gruppe und kann nicht mit diesem Computer synchronisieren. Es wird weiter gewartet…</translation>
    </message>
    <message>
        <source>“{name}” connected; checking the code…</source>
        <translation>„{name}“ ist verbunden; der Code wird geprüft…</translation>
    </message>
    <message>
        <source>“{name}” typed a wrong code; nothing was changed. Tries left: {count}.</source>
        <translation>„{name}“ hat einen falschen Code eingegeben; nichts wurde geändert. Verbleibende Versuche: {count}.</translation>
    </message>
    <message>
        <source>“{name}” typed the right code; syncing…</source>
        <translation>„{name}“ hat den richtigen Code eingegeben; es wird synchronisiert…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ein, keine</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Alles speichern</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja, &amp;alle</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Link-Adresse kopieren</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>&amp;Mark all as reviewed</source>
        <translation>Alle als &amp;geprüft markieren</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <extracomment>few columns: the pane beside the record is narrow at 150 % (the type is in the tool tip)</extracomment>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Choose a record in the list first.</source>
        <translation>Wählen Sie zuerst einen Eintrag in der Liste.</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Nothing to review: everything others shared has been reviewed.</source>
        <translation>Nichts zu prüfen: alles, was andere geteilt haben, ist geprüft.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Prüfnotiz</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note: {note}</source>
        <translation>Prüfnotiz: {note}</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Geteilt von</translation>
    </message>
    <message>
        <source>Shared records to review</source>
        <translation>Geteilte Einträge zum Prüfen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Write a reviewer&apos;s note on the chosen record</source>
        <translation>Eine Prüfnotiz zum gewählten Eintrag schreiben</translation>
    </message>
    <message>
        <source>Your note on “{title}” travels with the record to everyone in the group. Only coordinators can write it.</source>
        <translation>Ihre Notiz zu „{title}“ geht mit dem Eintrag an alle in der Gruppe. Nur Koordinatorinnen und Koordinatoren können sie schreiben.</translation>
    </message>
    <message>
        <source>{type}, last changed {when}</source>
        <translation>{type}, zuletzt geändert {when}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Could not load demo data: {error}</source>
        <translation>Demodaten konnten nicht geladen werden: {error}</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Demodaten geladen.</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <extracomment>startup.Opened: the replica and the lock that goes with it (set by ruraldesk.app); switch_workspace() replaces both</extracomment>
        <translation>Demodaten werden geladen</translation>
    </message>
    <message>
        <source>Stopped loading demo data; what was loaded stays.</source>
        <translation>Laden der Demodaten angehalten; bereits Geladenes bleibt erhalten.</translation>
    </message>
    <message>
        <source>The new data folder is used from the next start.</source>
        <translation>Der neue Datenordner wird ab dem nächsten Start verwendet.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Another RuralDesk window is already working on this workspace ({path}). Switch to that window, or close it and try again.</source>
        <translation>Ein anderes RuralDesk-Fenster arbeitet bereits mit diesem Arbeitsbereich ({path}). Wechseln Sie zu diesem Fenster oder schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Choose a folder for your workspace</source>
        <translation>Ordner für Ihren Arbeitsbereich wählen</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Anderen Ordner wählen…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortfahren</translation>
    </message>
    <message>
        <source>Only {free} MB are free where your workspace is kept ({path}). RuralDesk may not be able to save your changes. Free some space (empty the computer&apos;s trash, remove large files), then continue.</source>
        <translation>Am Speicherort Ihres Arbeitsbereichs ({path}) sind nur noch {free} MB frei. RuralDesk kann Ihre Änderungen möglicherweise nicht speichern. Schaffen Sie Platz (leeren Sie den Papierkorb des Computers, entfernen Sie große Dateien) und fahren Sie dann fort.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>RuralDesk is already open</source>
        <translation>RuralDesk ist bereits geöffnet</translation>
    </message>
    <message>
        <source>RuralDesk keeps your workspace in {folder}, but cannot write there ({reason}). Choose another folder you can write to, such as one in your documents.</source>
        <translation>RuralDesk speichert Ihren Arbeitsbereich in {folder}, kann dort aber nicht schreiben ({reason}). Wählen Sie einen anderen Ordner, in den Sie schreiben können, zum Beispiel einen in Ihren Dokumenten.</translation>
    </message>
    <message>
        <source>Show the backups</source>
        <translation>Sicherungen anzeigen</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <extracomment>below this much free space a warning comes before anything is written</extracomment>
        <translation>Der Datenordner kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>The disk is almost full</source>
        <translation>Der Datenträger ist fast voll</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only. Choose another folder you can write to.</source>
        <translation>Der Ordner {folder} ist schreibgeschützt. Wählen Sie einen anderen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation>Der Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>{problem}

RuralDesk keeps automatic backups of your workspace in {backups}. You can restore one by copying it over the damaged file.</source>
        <translation>{problem}

RuralDesk bewahrt automatische Sicherungen Ihres Arbeitsbereichs in {backups} auf. Sie können eine davon wiederherstellen, indem Sie sie über die beschädigte Datei kopieren.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikte…</translation>
    </message>
    <message>
        <source>&amp;Disconnect from the server…</source>
        <translation>Vom Server &amp;trennen…</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>&amp;Group…</source>
        <translation>&amp;Gruppe…</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>&amp;Einladungscode:</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <extracomment>passed on to the Transport (tests shorten the back-off) seconds the first question to the server may take, retries included callables(report) run on the UI thread after a sync that finished (ui/whatsnew.py)</extracomment>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Anhang noch nicht vorhanden</translation>
    </message>
    <message>
        <source>Attachment not on the server</source>
        <translation>Anhang nicht auf dem Server</translation>
    </message>
    <message>
        <source>Changes waiting: {count}</source>
        <translation>Wartende Änderungen: {count}</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Prüfen und speichern</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Conflicts: {count}</source>
        <translation>Konflikte: {count}</translation>
    </message>
    <message>
        <source>Connected. Your token is kept in {where}.</source>
        <translation>Verbunden. Ihr Token wird in {where} aufbewahrt.</translation>
    </message>
    <message>
        <source>Connection check</source>
        <translation>Verbindungsprüfung</translation>
    </message>
    <message>
        <source>Could not download</source>
        <translation>Herunterladen nicht möglich</translation>
    </message>
    <message>
        <source>Could not keep the token: {error}</source>
        <translation>Das Token konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Disconnect from the server</source>
        <translation>Vom Server trennen</translation>
    </message>
    <message>
        <source>Downloading the attachment</source>
        <translation>Anhang wird heruntergeladen</translation>
    </message>
    <message>
        <source>Enter the server address (starting with https://) and the group.</source>
        <translation>Geben Sie die Serveradresse (beginnend mit https://) und die Gruppe ein.</translation>
    </message>
    <message>
        <source>Enter the token your coordinator gave you.</source>
        <translation>Geben Sie das Token ein, das Sie von Ihrer Koordination erhalten haben.</translation>
    </message>
    <message>
        <source>Everything is saved on this computer. Use Sync → Set up sync… to share it with your group.</source>
        <translation>Alles ist auf diesem Computer gespeichert. Mit Synchronisierung → Synchronisierung einrichten… teilen Sie es mit Ihrer Gruppe.</translation>
    </message>
    <message>
        <source>Group “{group}” at {url}</source>
        <translation>Gruppe „{group}“ auf {url}</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Einladungscode</translation>
    </message>
    <message>
        <source>Joining the group…</source>
        <translation>Der Gruppe wird beigetreten…</translation>
    </message>
    <message>
        <source>Large change from the server</source>
        <translation>Große Änderung vom Server</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Nicht gespeichert: {why}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Offene Konflikte</translation>
    </message>
    <message>
        <source>Or, with a personal token:</source>
        <translation>Oder mit einem persönlichen Token:</translation>
    </message>
    <message>
        <source>Paste the invitation code your coordinator sent you: it holds the server&apos;s address and the group. With a personal token instead, leave it empty and fill in the fields below. The token is kept in the system&apos;s password store when there is one, otherwise in a file only you can read.</source>
        <translation>Fügen Sie den Einladungscode ein, den Ihnen Ihre Koordination geschickt hat: Er enthält die Adresse des Servers und die Gruppe. Mit einem persönlichen Token lassen Sie ihn leer und füllen die Felder darunter aus. Das Token wird im Passwortspeicher des Systems aufbewahrt, wenn es einen gibt, sonst in einer Datei, die nur Sie lesen können.</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Klären…</translation>
    </message>
    <message>
        <source>S&amp;top syncing</source>
        <translation>Synchronisierung &amp;beenden</translation>
    </message>
    <message>
        <source>Send your changes to the group server and get everyone else&apos;s</source>
        <translation>Ihre Änderungen an den Gruppenserver senden und die der anderen abholen</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>Set &amp;up sync…</source>
        <translation>Synchronisierung &amp;einrichten…</translation>
    </message>
    <message>
        <source>Set up sync</source>
        <translation>Synchronisierung einrichten</translation>
    </message>
    <message>
        <source>Stop syncing this workspace with the group server? Your records stay on this computer; changes not yet sent stay waiting. You can set up sync again later.</source>
        <translation>Die Synchronisierung dieses Arbeitsbereichs mit dem Gruppenserver beenden? Ihre Einträge bleiben auf diesem Computer; noch nicht gesendete Änderungen warten weiter. Sie können die Synchronisierung später wieder einrichten.</translation>
    </message>
    <message>
        <source>Syncing… {stage}</source>
        <translation>Synchronisierung… {stage}</translation>
    </message>
    <message>
        <source>The group server does not have this file yet: the person who attached it has not synced since.</source>
        <translation>Der Gruppenserver hat diese Datei noch nicht: Die Person, die sie angehängt hat, hat seitdem nicht synchronisiert.</translation>
    </message>
    <message>
        <source>The group server refused a change to this record ({fields}).</source>
        <translation>Der Gruppenserver hat eine Änderung an diesem Eintrag abgelehnt ({fields}).</translation>
    </message>
    <message>
        <source>The group server&apos;s changes would move {deletes} records to the trash, erase {erasures} and change {overwrites} — {total} of your {records} records ({share}).

This can be right (someone tidied up the shared records) or a mistake. Apply these changes now?</source>
        <translation>Die Änderungen des Gruppenservers würden {deletes} Einträge in den Papierkorb verschieben, {erasures} löschen und {overwrites} ändern — {total} Ihrer {records} Einträge ({share}).

Das kann richtig sein (jemand hat die gemeinsamen Einträge aufgeräumt) oder ein Versehen. Diese Änderungen jetzt übernehmen?</translation>
    </message>
    <message>
        <source>The group&apos;s members; for coordinators, invitations, roles and people&apos;s data requests</source>
        <translation>Die Mitglieder der Gruppe; für die Koordination Einladungen, Rollen und Anfragen zu Personendaten</translation>
    </message>
    <message>
        <source>This file is not on this computer, and this workspace is not connected to a group server.</source>
        <translation>Diese Datei ist nicht auf diesem Computer, und dieser Arbeitsbereich ist mit keinem Gruppenserver verbunden.</translation>
    </message>
    <message>
        <source>This record is in conflict ({fields}): two people changed it at once.</source>
        <translation>Dieser Eintrag steht im Konflikt ({fields}): zwei Personen haben ihn gleichzeitig geändert.</translation>
    </message>
    <message>
        <source>This workspace holds demo data. Demo data is fictional and never leaves this computer, so it cannot be shared with your group.

Use a new, empty workspace for your group&apos;s records? The demo workspace stays as it is.</source>
        <translation>Dieser Arbeitsbereich enthält Demodaten. Demodaten sind erfunden und verlassen diesen Computer nie, daher können sie nicht mit Ihrer Gruppe geteilt werden.

Einen neuen, leeren Arbeitsbereich für die Einträge Ihrer Gruppe verwenden? Der Demo-Arbeitsbereich bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>Up to date · {when}</source>
        <translation>Aktuell · {when}</translation>
    </message>
    <message>
        <source>Working offline: no group server connected</source>
        <translation>Offline: kein Gruppenserver verbunden</translation>
    </message>
    <message>
        <source>You are now in the new, empty workspace “{name}”. The demo workspace stays as it is.</source>
        <translation>Sie sind jetzt im neuen, leeren Arbeitsbereich „{name}“. Der Demo-Arbeitsbereich bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>a file only you can read ({path})</source>
        <translation>einer Datei, die nur Sie lesen können ({path})</translation>
    </message>
    <message>
        <source>checking the server</source>
        <translation>Server wird geprüft</translation>
    </message>
    <message>
        <source>could not reach the server</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>could not reach the server: {reason}</source>
        <translation>Server nicht erreichbar: {reason}</translation>
    </message>
    <message>
        <source>enter a new token under Sync → Set up sync…</source>
        <translation>geben Sie unter Synchronisierung → Synchronisierung einrichten… ein neues Token ein</translation>
    </message>
    <message>
        <source>kept from before; type to replace it</source>
        <translation>von früher übernommen; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>last synced at {time}</source>
        <translation>zuletzt synchronisiert um {time}</translation>
    </message>
    <message>
        <source>optional: your name as the group knows it</source>
        <translation>optional: Ihr Name, wie die Gruppe ihn kennt</translation>
    </message>
    <message>
        <source>press F5 to try again</source>
        <translation>F5 drücken, um es erneut zu versuchen</translation>
    </message>
    <message>
        <source>receiving attachments</source>
        <translation>Anhänge werden empfangen</translation>
    </message>
    <message>
        <source>receiving changes</source>
        <translation>Änderungen werden empfangen</translation>
    </message>
    <message>
        <source>saving what arrived</source>
        <translation>Empfangenes wird gespeichert</translation>
    </message>
    <message>
        <source>sending attachments</source>
        <translation>Anhänge werden gesendet</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>Änderungen werden gesendet</translation>
    </message>
    <message>
        <source>set up sync in a new, empty workspace</source>
        <translation>richten Sie die Synchronisierung in einem neuen, leeren Arbeitsbereich ein</translation>
    </message>
    <message>
        <source>something went wrong</source>
        <translation>etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>something went wrong ({reason}); the details are in the log</source>
        <translation>etwas ist schiefgegangen ({reason}); Einzelheiten stehen im Protokoll</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>wird angehalten</translation>
    </message>
    <message>
        <source>the server did not accept this token for this group; check it, or ask your coordinator for a new one</source>
        <translation>der Server hat dieses Token für diese Gruppe nicht akzeptiert; prüfen Sie es oder bitten Sie Ihre Koordination um ein neues</translation>
    </message>
    <message>
        <source>the server did not accept your token</source>
        <translation>der Server hat Ihr Token nicht akzeptiert</translation>
    </message>
    <message>
        <source>the server did not accept your token; ask your coordinator for a new one and enter it under Sync → Set up sync…</source>
        <translation>der Server hat Ihr Token nicht akzeptiert; bitten Sie Ihre Koordination um ein neues und geben Sie es unter Synchronisierung → Synchronisierung einrichten… ein</translation>
    </message>
    <message>
        <source>the server refused the request</source>
        <translation>der Server hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>the server refused the request: {reason}</source>
        <translation>der Server hat die Anfrage abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>the system&apos;s password store</source>
        <translation>der Passwortverwaltung des Systems</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never leaves this computer; set up sync in a new, empty workspace</source>
        <translation>dieser Arbeitsbereich enthält Demodaten, die diesen Computer nie verlassen; richten Sie die Synchronisierung in einem neuen, leeren Arbeitsbereich ein</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never syncs</source>
        <translation>dieser Arbeitsbereich enthält Demodaten, die nie synchronisiert werden</translation>
    </message>
    <message>
        <source>trying again at {time}</source>
        <translation>neuer Versuch um {time}</translation>
    </message>
    <message>
        <source>you chose not to apply the server&apos;s large change</source>
        <translation>Sie haben die große Änderung des Servers nicht übernommen</translation>
    </message>
    <message>
        <source>you stopped it</source>
        <translation>Sie haben sie angehalten</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} von {total}</translation>
    </message>
    <message>
        <source>{what} — {then}</source>
        <translation>{what} — {then}</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Agroecology</source>
        <translation>Agrarökologie</translation>
    </message>
    <message>
        <source>Co-design with authorities</source>
        <translation>Gemeinsame Gestaltung mit Behörden</translation>
    </message>
    <message>
        <source>Community transport</source>
        <translation>Gemeinschaftsverkehr</translation>
    </message>
    <message>
        <source>Digital platform cooperatives</source>
        <translation>Digitale Plattformgenossenschaften</translation>
    </message>
    <message>
        <source>Education and services</source>
        <translation>Bildung und Dienstleistungen</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Energy communities</source>
        <translation>Energiegemeinschaften</translation>
    </message>
    <message>
        <source>Enterprise development and employment</source>
        <translation>Unternehmensentwicklung und Beschäftigung</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>Local entrepreneurship</source>
        <translation>Lokales Unternehmertum</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilität</translation>
    </message>
    <message>
        <source>Policy and legal frameworks</source>
        <translation>Politische und rechtliche Rahmenbedingungen</translation>
    </message>
    <message>
        <source>Short food supply chains</source>
        <translation>Kurze Lebensmittelketten</translation>
    </message>
    <message>
        <source>Social inclusion</source>
        <translation>Soziale Inklusion</translation>
    </message>
    <message>
        <source>Solidarity networks</source>
        <translation>Solidaritätsnetzwerke</translation>
    </message>
    <message>
        <source>Sustainable agriculture and food</source>
        <translation>Nachhaltige Landwirtschaft und Ernährung</translation>
    </message>
    <message>
        <source>Work integration</source>
        <translation>Arbeitsmarktintegration</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>&amp;Back up the workspace to a file…</source>
        <translation>Arbeitsbereich in eine Datei &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Contacts to merge (ticked):</source>
        <translation>Zusammenzuführende Kontakte (&amp;angehakt):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Zeichenkodierung:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Endgültig löschen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Gruppen:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>&quot;(detected)&quot; marks what the detector said, not whatever the file was read again with</extracomment>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <extracomment>the CSV export&apos;s BOM choice is remembered for the session</extracomment>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Behalten:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>Kontakt ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>Eintrag ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Practice sheet…</source>
        <translation>&amp;Praxis-Steckbrief…</translation>
    </message>
    <message>
        <source>&amp;Read it this way</source>
        <translation>So &amp;lesen</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Einträge:</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup file…</source>
        <translation>Aus einer Sicherungsdatei &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Use this country</source>
        <translation>Dieses Land &amp;verwenden</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>(erkannt)</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(nicht lesbar)</translation>
    </message>
    <message>
        <source>(nothing to compare)</source>
        <translation>(nichts zu vergleichen)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {size}, {count} columns</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {size}, Spalten: {count}</translation>
    </message>
    <message>
        <source>A .vcf file that address books and phones can read.</source>
        <translation>Eine .vcf-Datei, die Adressbücher und Telefone lesen können.</translation>
    </message>
    <message>
        <source>A backup can only be restored into an empty workspace, and this one already holds {practices} practices, {contacts} contacts and {tools} tools. Nothing was changed.

To restore, choose a new, empty data folder under File → Settings, restart RuralDesk, and restore there.</source>
        <translation>Eine Sicherung lässt sich nur in einen leeren Arbeitsbereich wiederherstellen, und dieser enthält bereits Praxisbeispiele ({practices}), Kontakte ({contacts}) und Werkzeuge ({tools}). Es wurde nichts geändert.

Wählen Sie zum Wiederherstellen unter Datei → Einstellungen einen neuen, leeren Datenordner, starten Sie RuralDesk neu und stellen Sie die Sicherung dort wieder her.</translation>
    </message>
    <message>
        <source>A printable sheet (PDF or Markdown) of the practice shown, or of several</source>
        <translation>Ein druckbarer Steckbrief (PDF oder Markdown) des angezeigten Praxisbeispiels oder mehrerer</translation>
    </message>
    <message>
        <source>A sheet to print or share: the key facts, what was done, what was learned, and who to ask. Headings are in each practice&apos;s language.</source>
        <translation>Ein Steckbrief zum Drucken oder Weitergeben: die wichtigsten Fakten, was getan wurde, was man gelernt hat und wen man fragen kann. Die Überschriften stehen in der Sprache des jeweiligen Praxisbeispiels.</translation>
    </message>
    <message>
        <source>A sync is running. Wait until it has finished, then restore again.</source>
        <translation>Eine Synchronisierung läuft. Warten Sie, bis sie beendet ist, und stellen Sie dann erneut wieder her.</translation>
    </message>
    <message>
        <source>Attachments not on this computer (kept on the group server) are not in the backup: {count}.</source>
        <translation>Anhänge, die nicht auf diesem Computer sind (sie liegen auf dem Gruppenserver), fehlen in der Sicherung: {count}.</translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation>Arbeitsbereich sichern</translation>
    </message>
    <message>
        <source>Backed up {records} records and {files} attachment files to {path}.</source>
        <translation>Gesichert in {path}: Einträge: {records}, Anhangdateien: {files}.</translation>
    </message>
    <message>
        <source>Backing up to {name}</source>
        <translation>Sicherung in {name}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sicherung erstellt</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>Sicherungen (*.zip)</translation>
    </message>
    <message>
        <source>Backups (*.zip);;All files (*)</source>
        <translation>Sicherungen (*.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Bring a backup back into an empty workspace</source>
        <translation>Eine Sicherung in einen leeren Arbeitsbereich zurückholen</translation>
    </message>
    <message>
        <source>Bring in contacts, practices or tools from a CSV/TSV table or a vCard file</source>
        <translation>Kontakte, Praxisbeispiele oder Werkzeuge aus einer CSV/TSV-Tabelle oder einer vCard-Datei übernehmen</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Cards read: {count}</source>
        <translation>Gelesene Karten: {count}</translation>
    </message>
    <message>
        <source>Cards with a problem: {count}</source>
        <translation>Karten mit Problemen: {count}</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>{name} wird geprüft</translation>
    </message>
    <message>
        <source>Choose the encoding</source>
        <translation>Zeichenkodierung wählen</translation>
    </message>
    <message>
        <source>Choose the field each column goes into, or leave it out.</source>
        <translation>Wählen Sie für jede Spalte das Zielfeld, oder lassen Sie sie weg.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}</source>
        <translation>Nicht importierte Spalten: {columns}</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Spalten der Datei</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Contact to keep</source>
        <translation>Zu behaltender Kontakt</translation>
    </message>
    <message>
        <source>Contacts that look like the same person or organisation, to merge</source>
        <translation>Kontakte, die nach derselben Person oder Organisation aussehen, zum Zusammenführen</translation>
    </message>
    <message>
        <source>Contacts to merge</source>
        <translation>Zusammenzuführende Kontakte</translation>
    </message>
    <message>
        <source>Country of the phone numbers</source>
        <translation>Land der Telefonnummern</translation>
    </message>
    <message>
        <source>Delete the contact for good, everywhere, and list the mentions to review</source>
        <translation>Den Kontakt endgültig und überall löschen und die zu prüfenden Erwähnungen auflisten</translation>
    </message>
    <message>
        <source>Double-click to open the contact already here</source>
        <translation>Doppelklicken, um den bereits vorhandenen Kontakt zu öffnen</translation>
    </message>
    <message>
        <source>Duplicate contacts</source>
        <translation>Doppelte Kontakte</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>Person endgültig &amp;entfernen…</translation>
    </message>
    <message>
        <source>E&amp;xport everything about this person…</source>
        <translation>Alles über diese Person e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Person endgültig entfernen</translation>
    </message>
    <message>
        <source>Erase “{name}” and everything held about them?</source>
        <translation>„{name}“ und alles, was über diese Person gespeichert ist, löschen?</translation>
    </message>
    <message>
        <source>Erasing {name}</source>
        <translation>{name} wird gelöscht</translation>
    </message>
    <message>
        <source>Every contact in the list ({count})</source>
        <translation>Alle Kontakte der Liste ({count})</translation>
    </message>
    <message>
        <source>Every practice in the list ({count}), in one document</source>
        <translation>Alle Praxisbeispiele der Liste ({count}) in einem Dokument</translation>
    </message>
    <message>
        <source>Every row must be right before anything is imported. Fix these rows in the file and import it again, or import only the valid rows.</source>
        <translation>Jede Zeile muss stimmen, bevor etwas importiert wird. Korrigieren Sie diese Zeilen in der Datei und importieren Sie sie erneut, oder importieren Sie nur die gültigen Zeilen.</translation>
    </message>
    <message>
        <source>Everything about “{name}” was saved to {path}</source>
        <translation>Alles über „{name}“ wurde in {path} gespeichert</translation>
    </message>
    <message>
        <source>Everything in this workspace, attachments included, in one file</source>
        <translation>Der gesamte Arbeitsbereich samt Anhängen in einer Datei</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Excel on Windows shows accented letters correctly only with this mark</source>
        <translation>Excel unter Windows zeigt Umlaute und Akzente nur mit dieser Markierung richtig an</translation>
    </message>
    <message>
        <source>Export contacts as &amp;vCard…</source>
        <translation>Kontakte als &amp;vCard exportieren…</translation>
    </message>
    <message>
        <source>Export contacts as vCard</source>
        <translation>Kontakte als vCard exportieren</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Alles über diese Person exportieren</translation>
    </message>
    <message>
        <source>Export list as &amp;CSV…</source>
        <translation>Liste als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export list as CSV</source>
        <translation>Liste als CSV exportieren</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportieren:</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {path}</source>
        <translation>Kontakte nach {path} exportiert: {count}</translation>
    </message>
    <message>
        <source>Exported {count} records to {path}</source>
        <translation>Einträge nach {path} exportiert: {count}</translation>
    </message>
    <message>
        <source>Exporting to {name}</source>
        <translation>Export nach {name}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>Find &amp;duplicate contacts…</source>
        <translation>&amp;Doppelte Kontakte finden…</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Groups of likely duplicates</source>
        <translation>Gruppen wahrscheinlicher Dubletten</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation>Importieren &amp;als:</translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>Tabelle importieren</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Details des Imports</translation>
    </message>
    <message>
        <source>Import findings</source>
        <translation>Befunde des Imports</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importieren in</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Ergebnis des Imports</translation>
    </message>
    <message>
        <source>Import the column “{name}” into</source>
        <translation>Spalte „{name}“ importieren in</translation>
    </message>
    <message>
        <source>Import the rows without a problem and leave the others out</source>
        <translation>Die Zeilen ohne Probleme importieren und die anderen weglassen</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>Nur die gültigen Zeilen importieren</translation>
    </message>
    <message>
        <source>Import the valid rows only ({count})</source>
        <translation>Nur die gültigen Zeilen importieren ({count})</translation>
    </message>
    <message>
        <source>Imported: {count}</source>
        <translation>Importiert: {count}</translation>
    </message>
    <message>
        <source>Imported: {count} {what}.</source>
        <translation>Importiert: {count} {what}.</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>{name} wird importiert</translation>
    </message>
    <message>
        <source>It did not work: {reason}</source>
        <translation>Das hat nicht funktioniert: {reason}</translation>
    </message>
    <message>
        <source>Its links are removed from {count} linked records.</source>
        <translation>Die Verknüpfungen werden aus den verknüpften Einträgen ({count}) entfernt.</translation>
    </message>
    <message>
        <source>Its past values are scrubbed from the history of changes.</source>
        <translation>Seine früheren Werte werden aus dem Änderungsverlauf getilgt.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Looking for duplicate contacts</source>
        <translation>Suche nach doppelten Kontakten</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Ähnelt</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Markdown-Text</translation>
    </message>
    <message>
        <source>Mentions of the person&apos;s name, e-mails or phones in other records&apos; text are not changed: you get a list of them to review afterwards.</source>
        <translation>Erwähnungen des Namens, der E-Mail-Adressen oder Telefonnummern der Person im Text anderer Einträge werden nicht geändert: Sie erhalten danach eine Liste zum Prüfen.</translation>
    </message>
    <message>
        <source>Mentions to review</source>
        <translation>Zu prüfende Erwähnungen</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Kontakte zusammenführen</translation>
    </message>
    <message>
        <source>Merge the ticked contacts into the one kept</source>
        <translation>Die angehakten Kontakte in den behaltenen zusammenführen</translation>
    </message>
    <message>
        <source>Merged {count} contacts into one; records relinked: {relinked}.</source>
        <translation>Kontakte zu einem zusammengeführt: {count}; neu verknüpfte Einträge: {relinked}.</translation>
    </message>
    <message>
        <source>Names as {encoding} reads them</source>
        <translation>Namen, wie {encoding} sie liest</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>Es wurde keine Sicherung erstellt: {reason}</translation>
    </message>
    <message>
        <source>No column goes into a field yet: choose at least one.</source>
        <translation>Noch keine Spalte ist einem Feld zugeordnet: Wählen Sie mindestens eine.</translation>
    </message>
    <message>
        <source>No likely duplicates</source>
        <translation>Keine wahrscheinlichen Dubletten</translation>
    </message>
    <message>
        <source>No likely duplicates were found.</source>
        <translation>Es wurden keine wahrscheinlichen Dubletten gefunden.</translation>
    </message>
    <message>
        <source>No other record links to it.</source>
        <translation>Kein anderer Eintrag ist damit verknüpft.</translation>
    </message>
    <message>
        <source>No phone region is set for this workspace.</source>
        <translation>Für diesen Arbeitsbereich ist keine Telefonregion festgelegt.</translation>
    </message>
    <message>
        <source>Not imported ({count})</source>
        <translation>Nicht importiert ({count})</translation>
    </message>
    <message>
        <source>Not imported: no country was chosen for the phone numbers of {name}. Nothing was changed.</source>
        <translation>Nicht importiert: Für die Telefonnummern von {name} wurde kein Land gewählt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Not imported: no encoding was chosen for {name}. Nothing was changed.</source>
        <translation>Nicht importiert: Für {name} wurde keine Zeichenkodierung gewählt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Not set (asked when needed)</source>
        <translation>Nicht festgelegt (bei Bedarf gefragt)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Nothing was erased: {reason}</source>
        <translation>Es wurde nichts gelöscht: {reason}</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Es wurde nichts exportiert: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file holds no records.</source>
        <translation>Es wurde nichts importiert: Die Datei enthält keine Einträge.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Es wurde nichts importiert: {reason}</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Es wurde nichts wiederhergestellt: {reason}</translation>
    </message>
    <message>
        <source>Only the valid rows were imported; the rows below were left out.</source>
        <translation>Nur die gültigen Zeilen wurden importiert; die Zeilen unten wurden weggelassen.</translation>
    </message>
    <message>
        <source>Open the highlighted contact</source>
        <translation>Den markierten Kontakt öffnen</translation>
    </message>
    <message>
        <source>Open the highlighted record</source>
        <translation>Den markierten Eintrag öffnen</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Phone numbers without a country code</source>
        <translation>Telefonnummern ohne Ländervorwahl</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as {country}.</source>
        <translation>Telefonnummern ohne Ländervorwahl werden gelesen als: {country}.</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Telefonregion</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Dubletten</translation>
    </message>
    <message>
        <source>Possible duplicates ({count})</source>
        <translation>Mögliche Dubletten ({count})</translation>
    </message>
    <message>
        <source>Possibly already here: {count} (see “Possible duplicates”)</source>
        <translation>Möglicherweise schon vorhanden: {count} (siehe „Mögliche Dubletten“)</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Praxis-Steckbrief</translation>
    </message>
    <message>
        <source>Practice sheets written: {count}, in {path}</source>
        <translation>Geschriebene Praxis-Steckbriefe: {count}, in {path}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Vorschau des Imports</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Zusammenfassung der Vorschau</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Probleme ({count})</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Read as {encoding}</source>
        <translation>Als {encoding} lesen</translation>
    </message>
    <message>
        <source>Read as: {preset}</source>
        <translation>Gelesen als: {preset}</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>Datei wird erneut gelesen…</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>{name} wird gelesen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Recognised export</source>
        <translation>Erkannter Export</translation>
    </message>
    <message>
        <source>Recognised: &lt;b&gt;{preset}&lt;/b&gt;. Its columns are matched below; check them before importing.</source>
        <translation>Erkannt: &lt;b&gt;{preset}&lt;/b&gt;. Die Spalten sind unten zugeordnet; prüfen Sie sie vor dem Import.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Aus einer Sicherungsdatei wiederherstellen</translation>
    </message>
    <message>
        <source>Restore {count} records from {name} (made on {date}) into this empty workspace?</source>
        <translation>Einträge aus {name} (erstellt am {date}) in diesen leeren Arbeitsbereich wiederherstellen: {count}?</translation>
    </message>
    <message>
        <source>Restored {records} records and {files} attachment files from {name}.</source>
        <translation>Aus {name} wiederhergestellt: Einträge: {records}, Anhangdateien: {files}.</translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation>{name} wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; all ready to import.</source>
        <translation>Zeilen in der Vorschau: {count}; alle bereit zum Import.</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; with a problem: {bad}. Fix them in the file, or change the columns above.</source>
        <translation>Zeilen in der Vorschau: {count}; mit Problemen: {bad}. Korrigieren Sie sie in der Datei oder ändern Sie die Spalten oben.</translation>
    </message>
    <message>
        <source>Rows read: {count}</source>
        <translation>Gelesene Zeilen: {count}</translation>
    </message>
    <message>
        <source>Rows with a problem: {count}</source>
        <translation>Zeilen mit Problemen: {count}</translation>
    </message>
    <message>
        <source>Save the list shown, with its columns and filters, as a table</source>
        <translation>Die angezeigte Liste mit ihren Spalten und Filtern als Tabelle speichern</translation>
    </message>
    <message>
        <source>Save the selected contacts, or the whole list, for an address book or a phone</source>
        <translation>Die ausgewählten Kontakte oder die ganze Liste für ein Adressbuch oder ein Telefon speichern</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Show a contact first.</source>
        <translation>Zeigen Sie zuerst einen Kontakt an.</translation>
    </message>
    <message>
        <source>Show a practice, or the list of practices, to make sheets of them.</source>
        <translation>Zeigen Sie ein Praxisbeispiel oder die Liste der Praxisbeispiele an, um Steckbriefe daraus zu machen.</translation>
    </message>
    <message>
        <source>Show the contacts (or search for some) and select the ones to export.</source>
        <translation>Zeigen Sie die Kontakte an (oder suchen Sie welche) und wählen Sie die zu exportierenden aus.</translation>
    </message>
    <message>
        <source>Stopped: {what}. Nothing was changed.</source>
        <translation>Angehalten: {what}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Tables and address books (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Tabellen und Adressbücher (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The choice can still be changed under “Encoding” in the next step.</source>
        <translation>Die Wahl lässt sich im nächsten Schritt unter „Zeichenkodierung“ noch ändern.</translation>
    </message>
    <message>
        <source>The contact is deleted from this computer for good: not to the trash, and it cannot be undone.</source>
        <translation>Der Kontakt wird endgültig von diesem Computer gelöscht: nicht in den Papierkorb, und das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The contact, its history and every record linked to or mentioning it, as JSON</source>
        <translation>Der Kontakt, sein Verlauf und jeder Eintrag, der damit verknüpft ist oder ihn erwähnt, als JSON</translation>
    </message>
    <message>
        <source>The contacts were not exported: {reason}</source>
        <translation>Die Kontakte wurden nicht exportiert: {reason}</translation>
    </message>
    <message>
        <source>The contacts were not merged: {reason}</source>
        <translation>Die Kontakte wurden nicht zusammengeführt: {reason}</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code, for this workspace</source>
        <translation>Das Land der Telefonnummern ohne Ländervorwahl, für diesen Arbeitsbereich</translation>
    </message>
    <message>
        <source>The file cannot be previewed: {reason}</source>
        <translation>Für die Datei ist keine Vorschau möglich: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read that way: {reason}</source>
        <translation>Die Datei lässt sich so nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows with a problem are marked; the import stops if any row of the file has one.</source>
        <translation>Die ersten Zeilen so, wie sie gespeichert werden. Zeilen mit Problemen sind markiert; der Import bricht ab, wenn eine Zeile der Datei ein Problem hat.</translation>
    </message>
    <message>
        <source>The letters of {name} can be read in more than one way, and we cannot tell which is right. Choose the column where the names are written correctly.</source>
        <translation>Die Buchstaben von {name} lassen sich auf mehrere Arten lesen, und wir können nicht sagen, welche richtig ist. Wählen Sie die Spalte, in der die Namen richtig geschrieben sind.</translation>
    </message>
    <message>
        <source>The list was not exported: {reason}</source>
        <translation>Die Liste wurde nicht exportiert: {reason}</translation>
    </message>
    <message>
        <source>The phone region was not saved: {reason}</source>
        <translation>Die Telefonregion wurde nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>The practice shown: {title}</source>
        <translation>Das angezeigte Praxisbeispiel: {title}</translation>
    </message>
    <message>
        <source>The records the search found, with the columns the list shows for their type.</source>
        <translation>Die Einträge, die die Suche gefunden hat, mit den Spalten, die die Liste für ihren Typ zeigt.</translation>
    </message>
    <message>
        <source>The search for duplicates stopped: {reason}</source>
        <translation>Die Suche nach Dubletten wurde abgebrochen: {reason}</translation>
    </message>
    <message>
        <source>The search found nothing to export.</source>
        <translation>Die Suche hat nichts zum Exportieren gefunden.</translation>
    </message>
    <message>
        <source>The selected contacts ({count})</source>
        <translation>Die ausgewählten Kontakte ({count})</translation>
    </message>
    <message>
        <source>The selected practices ({count}), in one document</source>
        <translation>Die ausgewählten Praxisbeispiele ({count}) in einem Dokument</translation>
    </message>
    <message>
        <source>The sheet was not written: {reason}</source>
        <translation>Der Steckbrief wurde nicht geschrieben: {reason}</translation>
    </message>
    <message>
        <source>The trash cannot be exported. Choose practices, contacts, tools or themes.</source>
        <translation>Der Papierkorb kann nicht exportiert werden. Wählen Sie Praxisbeispiele, Kontakte, Werkzeuge oder Themen.</translation>
    </message>
    <message>
        <source>These contacts look like the same person or organisation. Merging keeps one contact, fills its empty fields from the others, moves every link and attachment to it, and moves the others to the trash (restorable).</source>
        <translation>Diese Kontakte sehen nach derselben Person oder Organisation aus. Beim Zusammenführen bleibt ein Kontakt erhalten, seine leeren Felder werden aus den anderen gefüllt, alle Verknüpfungen und Anhänge gehen auf ihn über, und die anderen kommen in den Papierkorb (wiederherstellbar).</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}</source>
        <translation>Diese Datei kann nicht importiert werden: {reason}</translation>
    </message>
    <message>
        <source>This file cannot be restored: {reason}</source>
        <translation>Diese Datei kann nicht wiederhergestellt werden: {reason}</translation>
    </message>
    <message>
        <source>This is asked once and kept for the workspace; File → Settings changes it. Numbers with a country code, and rows that name a country, are read as they are.</source>
        <translation>Das wird einmal gefragt und für den Arbeitsbereich behalten; unter Datei → Einstellungen lässt es sich ändern. Nummern mit Ländervorwahl und Zeilen, die ein Land nennen, werden so gelesen, wie sie sind.</translation>
    </message>
    <message>
        <source>This row has a problem</source>
        <translation>Diese Zeile hat ein Problem</translation>
    </message>
    <message>
        <source>This workspace is not shared with a group server; copies elsewhere (backups, exports) are not touched.</source>
        <translation>Dieser Arbeitsbereich wird nicht über einen Gruppenserver geteilt; Kopien an anderen Orten (Sicherungen, Exporte) bleiben unberührt.</translation>
    </message>
    <message>
        <source>This workspace is shared: the erasure is sent to the group server at the next sync, and every member&apos;s copy erases it too.</source>
        <translation>Dieser Arbeitsbereich wird geteilt: Die Löschung geht bei der nächsten Synchronisierung an den Gruppenserver, und die Kopie jedes Mitglieds löscht den Kontakt ebenfalls.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>UTF-8 with &amp;BOM, for Excel</source>
        <translation>UTF-8 mit &amp;BOM, für Excel</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <extracomment>the collections a table can be imported into</extracomment>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <source>UTF-8 with BOM, for Excel</source>
        <translation>UTF-8 mit BOM, für Excel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <source>Wait until the work in progress (an import, an export) has finished, then restore again.</source>
        <translation>Warten Sie, bis die laufende Arbeit (ein Import, ein Export) beendet ist, und stellen Sie dann erneut wieder her.</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Warnungen ({count})</translation>
    </message>
    <message>
        <source>What erasing does</source>
        <translation>Was das Löschen bewirkt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>Warum sie sich ähneln</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>Warum: {reasons}</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>{name} wird geschrieben</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>Spalte {number}</translation>
    </message>
    <message>
        <source>created {date}</source>
        <translation>angelegt am {date}</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>home</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>practice-sheets</source>
        <translation>praxis-steckbriefe</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>dieser Datei</translation>
    </message>
    <message>
        <source>vCard 3.0 (older phones)</source>
        <translation>vCard 3.0 (ältere Telefone)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-Dateien (*.vcf)</translation>
    </message>
    <message>
        <source>work</source>
        <translation>geschäftlich</translation>
    </message>
    <message>
        <source>{name} holds phone numbers without a country code (such as “{example}”) on rows that name no country. In which country are they?</source>
        <translation>{name} enthält Telefonnummern ohne Ländervorwahl (etwa „{example}“) in Zeilen, die kein Land nennen. Aus welchem Land sind sie?</translation>
    </message>
    <message>
        <source>{name} — {details}</source>
        <translation>{name} — {details}</translation>
    </message>
    <message>
        <source>{what}: every record the list shows ({count}), with its filters, its order and the columns shown.</source>
        <translation>{what}: alle Einträge, die die Liste zeigt ({count}), mit ihren Filtern, ihrer Sortierung und den angezeigten Spalten.</translation>
    </message>
    <message>
        <source>{what}: {count} found</source>
        <translation>{what}: {count} gefunden</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>— weglassen —</translation>
    </message>
    <message>
        <source>“{name}” was erased.</source>
        <translation>„{name}“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>“{name}” was erased. No other record mentions them in its text.</source>
        <translation>„{name}“ wurde gelöscht. Kein anderer Eintrag erwähnt die Person in seinem Text.</translation>
    </message>
    <message>
        <source>“{name}” was erased. These records still mention them in their text. Open each one and remove or reword the mention where it is personal data.</source>
        <translation>„{name}“ wurde gelöscht. Diese Einträge erwähnen die Person noch in ihrem Text. Öffnen Sie jeden und entfernen oder ändern Sie die Erwähnung, wo es sich um personenbezogene Daten handelt.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Give the currency of the funding amount</source>
        <translation>Geben Sie die Währung des Förderbetrags an</translation>
    </message>
    <message>
        <source>Region {value} is not in {country}</source>
        <translation>Die Region {value} liegt nicht in {country}</translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation>Das Enddatum liegt vor dem Startdatum</translation>
    </message>
    <message>
        <source>Unknown field “{value}”</source>
        <translation>Unbekanntes Feld „{value}“</translation>
    </message>
    <message>
        <source>{label} cannot be negative</source>
        <translation>{label} darf nicht negativ sein</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label} ist ein Pflichtfeld</translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters, at most {limit})</source>
        <translation>{label} ist zu lang ({length} Zeichen, höchstens {limit})</translation>
    </message>
    <message>
        <source>{label} must be a list</source>
        <translation>{label} muss eine Liste sein</translation>
    </message>
    <message>
        <source>{label} must be a list of text</source>
        <translation>{label} muss eine Liste von Texten sein</translation>
    </message>
    <message>
        <source>{label} must be a number, not “{value}”</source>
        <translation>{label} muss eine Zahl sein, nicht „{value}“</translation>
    </message>
    <message>
        <source>{label} must be a whole number</source>
        <translation>{label} muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>{label} must be text</source>
        <translation>{label} muss ein Text sein</translation>
    </message>
    <message>
        <source>{label}: each entry needs a value</source>
        <translation>{label}: Jeder Eintrag braucht einen Wert</translation>
    </message>
    <message>
        <source>“{value}” is not a NUTS region code</source>
        <translation>„{value}“ ist kein NUTS-Regionscode</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD)</source>
        <translation>„{value}“ ist kein Datum (Format JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number (use +country code, e.g. +351 21 000 0000)</source>
        <translation>„{value}“ ist keine Telefonnummer (mit +Ländervorwahl, z. B. +49 30 1234567)</translation>
    </message>
    <message>
        <source>“{value}” is not a possible phone number</source>
        <translation>„{value}“ ist keine mögliche Telefonnummer</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>„{value}“ ist keine Eintrags-ID</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address</source>
        <translation>„{value}“ ist keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>“{value}” is not a web address (it should start with https://)</source>
        <translation>„{value}“ ist keine Webadresse (sie sollte mit https:// beginnen)</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 3166 country code</source>
        <translation>„{value}“ ist kein ISO-3166-Ländercode</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 4217 currency code</source>
        <translation>„{value}“ ist kein ISO-4217-Währungscode</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 639 language code</source>
        <translation>„{value}“ ist kein ISO-639-Sprachcode</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>„{value}“ ist keiner der Werte: {choices}</translation>
    </message>
</context>
<context>
    <name>WhatsNew</name>
    <message>
        <source>&amp;What&apos;s new</source>
        <translation>&amp;Neuigkeiten</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>By {who}, {when}</source>
        <translation>Von {who}, {when}</translation>
    </message>
    <message>
        <source>Changed contact: {title}</source>
        <translation>Geänderter Kontakt: {title}</translation>
    </message>
    <message>
        <source>Changed practice: {title}</source>
        <translation>Geänderte Praxis: {title}</translation>
    </message>
    <message>
        <source>Changed tool: {title}</source>
        <translation>Geändertes Werkzeug: {title}</translation>
    </message>
    <message>
        <source>Everything here is read.</source>
        <translation>Alles gelesen.</translation>
    </message>
    <message>
        <source>First sync: {items} from your group</source>
        <translation>Erste Synchronisierung: {items} aus Ihrer Gruppe</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>&amp;Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark everything in What&apos;s new as read</source>
        <translation>Alle Neuigkeiten als gelesen markieren</translation>
    </message>
    <message>
        <source>New contact: {title}</source>
        <translation>Neuer Kontakt: {title}</translation>
    </message>
    <message>
        <source>New practice: {title}</source>
        <translation>Neue Praxis: {title}</translation>
    </message>
    <message>
        <source>New tool: {title}</source>
        <translation>Neues Werkzeug: {title}</translation>
    </message>
    <message>
        <source>Nothing new from your group yet. When others add or change practices, contacts or tools, they are listed here after a sync.</source>
        <translation>Noch nichts Neues aus Ihrer Gruppe. Wenn andere Praxisbeispiele, Kontakte oder Werkzeuge hinzufügen oder ändern, erscheinen sie hier nach einer Synchronisierung.</translation>
    </message>
    <message>
        <source>Only &amp;unread</source>
        <translation>Nur &amp;ungelesene</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Dieser Eintrag ist nicht mehr da.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Unread: {line}</source>
        <translation>Ungelesen: {line}</translation>
    </message>
    <message>
        <source>What arrived from your group</source>
        <translation>Was aus Ihrer Gruppe angekommen ist</translation>
    </message>
    <message>
        <source>What your group added or changed since you last looked</source>
        <translation>Was Ihre Gruppe seit Ihrem letzten Blick hinzugefügt oder geändert hat</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Neuigkeiten</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>{day} · {who}: {counts}</source>
        <translation>{day} · {who}: {counts}</translation>
    </message>
    <message>
        <source>{items} from your group</source>
        <translation>{items} aus Ihrer Gruppe</translation>
    </message>
</context>
</TS>
