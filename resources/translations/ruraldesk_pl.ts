<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>Attachments</name>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>No program to open this file</source>
        <translation>Brak programu do otwarcia tego pliku</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Zapisz kopię</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Zapisz kopię…</translation>
    </message>
    <message>
        <source>This computer has no program that opens “{name}”. You can save a copy and open it later with a program of your choice.</source>
        <translation>Na tym komputerze nie ma programu, który otwiera „{name}”. Możesz zapisać kopię i otworzyć ją później wybranym programem.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Advice service</source>
        <translation>Punkt doradczy</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Urząd</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Zła</translation>
    </message>
    <message>
        <source>Community cooperative</source>
        <translation>Spółdzielnia mieszkańców</translation>
    </message>
    <message>
        <source>Community foundation</source>
        <translation>Fundacja lokalna</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Umowa</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Szkic</translation>
    </message>
    <message>
        <source>Finance service</source>
        <translation>Instytucja finansująca</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Dobra</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Wytyczne</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Domowy</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obowiązek prawny</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Prawnie uzasadnione interesy</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Samorząd lokalny</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Metodologia</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mieszana</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Komórkowy</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inny</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Policy recommendation</source>
        <translation>Rekomendacja polityczna</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Zadanie w interesie publicznym</translation>
    </message>
    <message>
        <source>Regional authority</source>
        <translation>Samorząd regionalny</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Udostępniona</translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation>Przedsiębiorstwo społeczne</translation>
    </message>
    <message>
        <source>Support service</source>
        <translation>Instytucja wsparcia</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Szablon</translation>
    </message>
    <message>
        <source>Third place</source>
        <translation>Trzecie miejsce</translation>
    </message>
    <message>
        <source>Toolkit</source>
        <translation>Zestaw narzędzi</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Szkolenie</translation>
    </message>
    <message>
        <source>Village association</source>
        <translation>Stowarzyszenie wiejskie</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Żywotne interesy</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wycofany</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Służbowy</translation>
    </message>
    <message>
        <source>Work integration enterprise</source>
        <translation>Przedsiębiorstwo integracji zawodowej</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <source>Attachment</source>
        <translation>Załącznik</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Załączniki</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Dyskusja</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Dyskusje</translation>
    </message>
    <message>
        <source>Linked contacts</source>
        <translation>Powiązane kontakty</translation>
    </message>
    <message>
        <source>Linked practices</source>
        <translation>Powiązane praktyki</translation>
    </message>
    <message>
        <source>Linked tools</source>
        <translation>Powiązane narzędzia</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nowy kontakt</translation>
    </message>
    <message>
        <source>New practice</source>
        <extracomment>the interface languages, each named in itself (never translated), in the order the EU lists its 24 official languages: alphabetical by that own name (български, español, čeština, …)</extracomment>
        <translation>Nowa praktyka</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nowy temat</translation>
    </message>
    <message>
        <source>New tool</source>
        <translation>Nowe narzędzie</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Wpis</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Wpisy</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praktyka</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Praktyki</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Narzędzie</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Narzędzia</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Odrzuć</translation>
    </message>
    <message>
        <source>&amp;Leave it deleted</source>
        <translation>&amp;Pozostaw usunięty</translation>
    </message>
    <message>
        <source>&amp;Merged value (edit, then save):</source>
        <translation>&amp;Scalona wartość (popraw, a potem zapisz):</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>Otwórz &amp;wpis</translation>
    </message>
    <message>
        <source>&amp;Restore the record</source>
        <translation>P&amp;rzywróć wpis</translation>
    </message>
    <message>
        <source>&amp;Save merged value</source>
        <translation>&amp;Zapisz scaloną wartość</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>kinds whose stored values are codes or ids: shown by name, in the interface language</extracomment>
        <translation>(puste)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(bez tytułu)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikty</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Zachowaj &amp;moją</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Zachowaj &amp;ich</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Scalona wartość</translation>
    </message>
    <message>
        <source>No conflicts: everything your group changed fitted together.</source>
        <translation>Brak konfliktów: wszystkie zmiany w Twojej grupie dały się połączyć.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nie zapisano: {error}</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Nierozwiązane konflikty</translation>
    </message>
    <message>
        <source>Refused: {title} — {field}</source>
        <translation>Odrzucono: {title} — {field}</translation>
    </message>
    <message>
        <source>Settled: “{title}” — {field}. Your choice is shared with the group at the next sync.</source>
        <translation>Rozstrzygnięto: „{title}” — {field}. Twój wybór trafi do grupy przy następnej synchronizacji.</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Ich wartość</translation>
    </message>
    <message>
        <source>Theirs — by {who}, {when}</source>
        <translation>Ich — {who}, {when}</translation>
    </message>
    <message>
        <source>When two people changed the same thing before syncing, the group server kept one value and set the other aside. Choose what the record should say; your choice is shared with everyone at the next sync.</source>
        <translation>Gdy dwie osoby zmieniły to samo przed synchronizacją, serwer grupy zachował jedną wartość, a drugą odłożył na bok. Wybierz, co ma zawierać wpis; Twój wybór trafi do wszystkich przy następnej synchronizacji.</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Dlaczego serwer to odrzucił</translation>
    </message>
    <message>
        <source>Your change ({when})</source>
        <translation>Twoja zmiana ({when})</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Twoja wartość</translation>
    </message>
    <message>
        <source>Yours — by {who}, {when}</source>
        <translation>Twoja — {who}, {when}</translation>
    </message>
    <message>
        <source>another member</source>
        <translation>inny członek grupy</translation>
    </message>
    <message>
        <source>deleted or kept</source>
        <translation>usunięty czy zachowany</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>grupa</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Ty</translation>
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
        <translation>(bez tytułu)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Anuluj edycję</translation>
    </message>
    <message>
        <source>Choose a record in the list, or press Ctrl+N to add one.</source>
        <translation>Wybierz wpis z listy albo naciśnij Ctrl+N, aby dodać nowy.</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>the record now shown (None: none), for what sits beside it (ui/discussions: its comments)</extracomment>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Edit form</source>
        <translation>Formularz edycji</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Edytuj „{title}”</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Pola oznaczone * są wymagane.</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Wyjść bez zapisywania?</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Popraw pola oznaczone poniżej.</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problem z polem {field}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Wpis</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Wymagane</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Zapisz wpis</translation>
    </message>
    <message>
        <source>Your changes to this record are not saved. Leave the form and lose them?</source>
        <translation>Zmiany w tym wpisie nie są zapisane. Opuścić formularz i je utracić?</translation>
    </message>
    <message>
        <source>created by {who}</source>
        <translation>utworzył(a) {who}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <extracomment>a member id as people read it (the group&apos;s member directory, store.news.name)</extracomment>
        <translation>w koszu</translation>
    </message>
    <message>
        <source>last changed {when} by {who}</source>
        <translation>ostatnia zmiana {when}, autor: {who}</translation>
    </message>
    <message>
        <source>not on this computer yet</source>
        <translation>jeszcze nie ma go na tym komputerze</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>usuń</translation>
    </message>
    <message>
        <source>unlink</source>
        <translation>odłącz</translation>
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
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>&amp;Załączniki:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Folder danych:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Rozmiar czcionki:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Język interfejsu:</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>Kod &amp;zaproszenia:</translation>
    </message>
    <message>
        <source>&amp;Phone region:</source>
        <translation>Region &amp;telefoniczny:</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start.</source>
        <translation>Nowy folder danych będzie używany od następnego uruchomienia.</translation>
    </message>
    <message>
        <source>Add your own practices, contacts and tools.</source>
        <translation>Dodaj własne praktyki, kontakty i narzędzia.</translation>
    </message>
    <message>
        <source>As&amp;k before a sync changes more than:</source>
        <translation>Py&amp;taj, gdy synchronizacja zmienia więcej niż:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Wybierz folder danych</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <source>Connect to a group server</source>
        <translation>Połącz z serwerem grupy</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Folder danych</translation>
    </message>
    <message>
        <source>Default data folder</source>
        <translation>Domyślny folder danych</translation>
    </message>
    <message>
        <source>Demo records per collection</source>
        <translation>Przykładowe wpisy na typ</translation>
    </message>
    <message>
        <source>Download when opened</source>
        <translation>Pobieraj przy otwarciu</translation>
    </message>
    <message>
        <source>Fictional practices, contacts and tools in seven languages, to try things out. You can delete them later.</source>
        <translation>Fikcyjne praktyki, kontakty i narzędzia w siedmiu językach, do wypróbowania programu. Możesz je później usunąć.</translation>
    </message>
    <message>
        <source>Find records to link</source>
        <translation>Znajdź wpisy do powiązania</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Kod zaproszenia</translation>
    </message>
    <message>
        <source>Join your group&apos;s shared repository with the invitation code your coordinator sent you.</source>
        <translation>Dołącz do wspólnego repozytorium grupy za pomocą kodu zaproszenia, który przysłał Ci koordynator.</translation>
    </message>
    <message>
        <source>Keep all offline</source>
        <translation>Przechowuj wszystko offline</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Wczytaj dane przykładowe</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Tylko na żądanie</translation>
    </message>
    <message>
        <source>Records per collection:</source>
        <translation>Wpisy na typ:</translation>
    </message>
    <message>
        <source>Records to link</source>
        <translation>Wpisy do powiązania</translation>
    </message>
    <message>
        <source>RuralDesk keeps your group&apos;s practices, contacts and tools on this computer, and works without a connection. How would you like to start?</source>
        <translation>RuralDesk przechowuje praktyki, kontakty i narzędzia Twojej grupy na tym komputerze i działa bez połączenia z internetem. Jak chcesz zacząć?</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>S&amp;ynchronizuj co:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Show these columns:</source>
        <translation>Pokaż te kolumny:</translation>
    </message>
    <message>
        <source>Start with an empty workspace</source>
        <translation>Zacznij od pustego obszaru roboczego</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Zatrzymywanie…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Rozmiar systemowy</translation>
    </message>
    <message>
        <source>Type a name or a word to find records</source>
        <translation>Wpisz nazwę lub słowo, aby znaleźć wpisy</translation>
    </message>
    <message>
        <source>Welcome to RuralDesk</source>
        <translation>Witaj w RuralDesk</translation>
    </message>
    <message>
        <source>added {when}</source>
        <translation>dodano {when}</translation>
    </message>
    <message>
        <source>{title}: {done} of {total}</source>
        <translation>{title}: {done} z {total}</translation>
    </message>
</context>
<context>
    <name>Discussions</name>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n wpis</numerusform>
            <numerusform>%n wpisy</numerusform>
            <numerusform>%n wpisów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topics</source>
        <translation>
            <numerusform>%n temat</numerusform>
            <numerusform>%n tematy</numerusform>
            <numerusform>%n tematów</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(bez tytułu)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(nie podano)</translation>
    </message>
    <message>
        <source>A topic needs a title and an opening post.</source>
        <translation>Temat potrzebuje tytułu i pierwszego wpisu.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Załącz pliki</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Załącz pliki…</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Załączono:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Komentarze</translation>
    </message>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Komentarze (%n)</numerusform>
            <numerusform>Komentarze (%n)</numerusform>
            <numerusform>Komentarze (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the discussion: {error}</source>
        <translation>Nie udało się wyeksportować dyskusji: {error}</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Nie udało się zapisać: {error}</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Szkic zachowany</translation>
    </message>
    <message>
        <source>Draft kept from {when}</source>
        <translation>Szkic zachowany z {when}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <source>Edit your post</source>
        <translation>Edytuj swój wpis</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Eksportuj jako Markdown…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Eksportuj jako PDF…</translation>
    </message>
    <message>
        <source>Export the discussion</source>
        <translation>Eksportuj dyskusję</translation>
    </message>
    <message>
        <source>Files to attach to this post</source>
        <translation>Pliki do dołączenia do tego wpisu</translation>
    </message>
    <message>
        <source>Files to attach: {names}</source>
        <translation>Pliki do dołączenia: {names}</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Ukryte przez koordynatora: {reason}</translation>
    </message>
    <message>
        <source>Hidden from the group: {reason}</source>
        <translation>Ukryte przed grupą: {reason}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ukryj</translation>
    </message>
    <message>
        <source>Hide the discussion…</source>
        <translation>Ukryj dyskusję…</translation>
    </message>
    <message>
        <source>Hide…</source>
        <translation>Ukryj…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Ostatnia aktywność</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>New &amp;topic…</source>
        <translation>Nowy &amp;temat…</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Nowy temat</translation>
    </message>
    <message>
        <source>New topic…</source>
        <translation>Nowy temat…</translation>
    </message>
    <message>
        <source>No posts yet. Write the first one below.</source>
        <translation>Nie ma jeszcze wpisów. Napisz pierwszy poniżej.</translation>
    </message>
    <message>
        <source>No topics yet. Start one with New topic; comments on a practice, tool or contact are at the foot of its page.</source>
        <translation>Nie ma jeszcze tematów. Rozpocznij pierwszy przyciskiem Nowy temat; komentarze do praktyki, narzędzia lub kontaktu są na dole jego strony.</translation>
    </message>
    <message>
        <source>Not a reply</source>
        <translation>To nie odpowiedź</translation>
    </message>
    <message>
        <source>Not allowed: {reason}.</source>
        <translation>Niedozwolone: {reason}.</translation>
    </message>
    <message>
        <source>Opening post</source>
        <translation>Pierwszy wpis</translation>
    </message>
    <message>
        <source>Opening post:</source>
        <translation>Pierwszy wpis:</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Opublikuj</translation>
    </message>
    <message>
        <source>Post it (Ctrl+Enter)</source>
        <translation>Opublikuj (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Wpis usunięty</translation>
    </message>
    <message>
        <source>Posted. It goes to the group at the next sync.</source>
        <translation>Opublikowano. Trafi do grupy przy następnej synchronizacji.</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Wpisy</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Odpowiedz</translation>
    </message>
    <message>
        <source>Replying to a post</source>
        <translation>Odpowiedź na wpis</translation>
    </message>
    <message>
        <source>Replying to {name}</source>
        <translation>Odpowiedź dla: {name}</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier posts</source>
        <translation>
            <numerusform>Pokaż %n wcześniejszy wpis</numerusform>
            <numerusform>Pokaż %n wcześniejsze wpisy</numerusform>
            <numerusform>Pokaż %n wcześniejszych wpisów</numerusform>
        </translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Pokaż ponownie</translation>
    </message>
    <message>
        <source>Show discussions</source>
        <translation>Pokaż dyskusje</translation>
    </message>
    <message>
        <source>Start a discussion with the group</source>
        <translation>Rozpocznij dyskusję z grupą</translation>
    </message>
    <message>
        <source>Start a discussion with the group (Ctrl+Shift+D)</source>
        <translation>Rozpocznij dyskusję z grupą (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Rozpoczęta przez</translation>
    </message>
    <message>
        <source>The discussion was written to {path}.</source>
        <translation>Dyskusję zapisano do {path}.</translation>
    </message>
    <message>
        <source>The earlier version stays in the post&apos;s history.</source>
        <translation>Poprzednia wersja zostaje w historii wpisu.</translation>
    </message>
    <message>
        <source>The opening post… *emphasis*, **strong**, - lists, [links](https://…), @member</source>
        <translation>Pierwszy wpis… *kursywa*, **pogrubienie**, - listy, [linki](https://…), @członek</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tytuł:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <source>Version {n}, {when}, by {name}</source>
        <translation>Wersja {n}, {when}, autor: {name}</translation>
    </message>
    <message>
        <source>Versions of the post</source>
        <translation>Wersje wpisu</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>O czym jest temat?</translation>
    </message>
    <message>
        <source>Why is it hidden? Everyone sees the reason in its place.</source>
        <translation>Dlaczego ukryć? Wszyscy zobaczą powód w jego miejscu.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Wycofaj</translation>
    </message>
    <message>
        <source>Withdraw this post? Its text goes from the thread; its earlier versions stay in its history.</source>
        <translation>Wycofać ten wpis? Jego treść zniknie z dyskusji; wcześniejsze wersje zostaną w historii.</translation>
    </message>
    <message>
        <source>Withdraw your post</source>
        <translation>Wycofaj swój wpis</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Wycofany przez autora.</translation>
    </message>
    <message>
        <source>Write a post… *emphasis*, **strong**, - lists, [links](https://…), @member (Ctrl+Enter posts)</source>
        <translation>Napisz wpis… *kursywa*, **pogrubienie**, - listy, [linki](https://…), @członek (Ctrl+Enter publikuje)</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Najpierw coś napisz.</translation>
    </message>
    <message>
        <source>Write to the whole thread instead (Escape)</source>
        <translation>Napisz do całej dyskusji (Esc)</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>Twój wpis</translation>
    </message>
    <message>
        <source>a discussion&apos;s rules do not allow this change</source>
        <translation>zasady dyskusji nie pozwalają na tę zmianę</translation>
    </message>
    <message>
        <source>a post needs some text</source>
        <translation>wpis potrzebuje treści</translation>
    </message>
    <message>
        <source>a removed post</source>
        <translation>usunięty wpis</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>edytowano</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>w odpowiedzi dla: {name}</translation>
    </message>
    <message>
        <source>only a coordinator can hide a post or a discussion</source>
        <translation>tylko koordynator może ukryć wpis lub dyskusję</translation>
    </message>
    <message>
        <source>only its author can edit or withdraw a post</source>
        <extracomment>what a discussion write changes, for the views</extracomment>
        <translation>tylko autor może edytować lub wycofać wpis</translation>
    </message>
    <message>
        <source>only the member who started a discussion can change its title, themes or language</source>
        <translation>tylko osoba, która rozpoczęła dyskusję, może zmienić jej tytuł, tematy lub język</translation>
    </message>
    <message>
        <source>started by {name}</source>
        <translation>rozpoczęta przez: {name}</translation>
    </message>
    <message>
        <source>{title} (hidden)</source>
        <translation>{title} (ukryty)</translation>
    </message>
    <message>
        <source>{title} · {count} new</source>
        <translation>{title} · nowe: {count}</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>(choose)</source>
        <translation>(wybierz)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>No date</source>
        <extracomment>where the calendar opens when no date is set; the form points an end date at its start</extracomment>
        <translation>Bez daty</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Type and press Enter</source>
        <translation>Wpisz i naciśnij Enter</translation>
    </message>
    <message>
        <source>add</source>
        <translation>dodaj</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>wyczyść</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>usuń</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>do dodania</translation>
    </message>
    <message>
        <source>type</source>
        <translation>typ</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Activities</source>
        <translation>Działania</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Załączniki</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Broader theme</source>
        <translation>Temat nadrzędny</translation>
    </message>
    <message>
        <source>Comments on</source>
        <translation>Komentarze do</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Data zgody</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Źródło zgody</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontekst</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Dyskusja</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Adresy e-mail</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data zakończenia</translation>
    </message>
    <message>
        <source>Expertise themes</source>
        <translation>Tematy specjalizacji</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nazwa pliku</translation>
    </message>
    <message>
        <source>Full name of a person, or the name of an organisation</source>
        <translation>Imię i nazwisko osoby albo nazwa organizacji</translation>
    </message>
    <message>
        <source>Funding amount</source>
        <translation>Kwota finansowania</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Źródło finansowania</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Group member</source>
        <translation>Członek grupy</translation>
    </message>
    <message>
        <source>Hidden because</source>
        <translation>Ukryte, ponieważ</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>W odpowiedzi na</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Podstawa prawna</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Wnioski</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Linki</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Typ pliku</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Wzmianki</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>Obstacles (legal / policy)</source>
        <translation>Przeszkody (prawne / polityczne)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Organisation types</source>
        <translation>Rodzaje organizacji</translation>
    </message>
    <message>
        <source>Partners (incl. authorities)</source>
        <translation>Partnerzy (w tym władze publiczne)</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefony</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Related contacts</source>
        <translation>Powiązane kontakty</translation>
    </message>
    <message>
        <source>Related tools</source>
        <translation>Powiązane narzędzia</translation>
    </message>
    <message>
        <source>Removed posts</source>
        <translation>Usunięte wpisy</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Rezultaty</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Notatka recenzenta</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funkcja</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Rozmiar (bajty)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data rozpoczęcia</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Rozpoczęta przez</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Ulica i numer</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Streszczenie</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Treść</translation>
    </message>
    <message>
        <source>The person&apos;s member name in the group: their posts are then part of their data</source>
        <translation>Nazwa członka tej osoby w grupie: jej wpisy należą wtedy do jej danych</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Town / village</source>
        <translation>Miasto / wieś</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Możliwość przeniesienia</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona internetowa</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Dziennik zdarzeń</translation>
    </message>
    <message>
        <source>&amp;Cancel the invitation</source>
        <translation>&amp;Anuluj zaproszenie</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>&amp;Export everything about this person…</source>
        <translation>&amp;Eksportuj wszystko o tej osobie…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Plik:</translation>
    </message>
    <message>
        <source>&amp;Hand a file to the server…</source>
        <translation>&amp;Przekaż plik na serwer…</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Zaproszenia</translation>
    </message>
    <message>
        <source>&amp;Invite someone…</source>
        <translation>&amp;Zaproś kogoś…</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Członkowie</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Newest entries</source>
        <translation>&amp;Najnowsze wpisy</translation>
    </message>
    <message>
        <source>&amp;Older entries</source>
        <translation>&amp;Starsze wpisy</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizacja:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>&amp;People&apos;s data</source>
        <translation>Dane &amp;osobowe</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rola:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Ważne przez:</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dzień</translation>
    </message>
    <message>
        <source>1 week</source>
        <extracomment>how long an invitation can be redeemed, in hours</extracomment>
        <translation>1 tydzień</translation>
    </message>
    <message>
        <source>A revoked token stops syncing at once: that computer keeps its copy but can no longer send or receive. Tick the computers to cut off.</source>
        <translation>Unieważniony token od razu przestaje synchronizować: komputer zachowuje swoją kopię, ale nie może już niczego wysyłać ani odbierać. Zaznacz komputery do odłączenia.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <source>Added a member</source>
        <translation>Dodano członka</translation>
    </message>
    <message>
        <source>Asking the server who you are…</source>
        <translation>Pytanie serwera, kim jesteś…</translation>
    </message>
    <message>
        <source>At {url}</source>
        <translation>Pod adresem {url}</translation>
    </message>
    <message>
        <source>At {url} · you are: {role}</source>
        <translation>Pod adresem {url} · Twoja rola: {role}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Dziennik zdarzeń</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wybierz…</translation>
    </message>
    <message>
        <source>Cancel the invitation</source>
        <translation>Anuluj zaproszenie</translation>
    </message>
    <message>
        <source>Cancel the invitation for {name}? The code stops working at once; you can invite them again later.</source>
        <translation>Anulować zaproszenie dla {name}? Kod od razu przestanie działać; możesz zaprosić tę osobę ponownie później.</translation>
    </message>
    <message>
        <source>Cancelled an invitation</source>
        <translation>Anulowano zaproszenie</translation>
    </message>
    <message>
        <source>Cancelling the invitation…</source>
        <translation>Anulowanie zaproszenia…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Zmień &amp;rolę…</translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation>Zmień rolę: {name}</translation>
    </message>
    <message>
        <source>Changed a member</source>
        <translation>Zmieniono członka</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>Zmiana roli…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Wybierz plik</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordynator</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Skopiowano</translation>
    </message>
    <message>
        <source>Copy the invitation code</source>
        <translation>Kopiuj kod zaproszenia</translation>
    </message>
    <message>
        <source>Create the invitation</source>
        <translation>Utwórz zaproszenie</translation>
    </message>
    <message>
        <source>Creating the invitation…</source>
        <translation>Tworzenie zaproszenia…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>&amp;Usuń tę osobę…</translation>
    </message>
    <message>
        <source>Erase on every replica</source>
        <translation>Usuń na każdej replice</translation>
    </message>
    <message>
        <source>Erase “{name}”</source>
        <translation>Usuń „{name}”</translation>
    </message>
    <message>
        <source>Erase “{name}” from the whole group? This cannot be undone. It is erased here and sent to the server at once; every member&apos;s copy of RuralDesk erases it at its next sync:</source>
        <translation>Usunąć „{name}” z całej grupy? Tego nie można cofnąć. Zostanie usunięte tutaj i od razu wysłane na serwer; kopia RuralDesk każdego członka usunie to przy następnej synchronizacji:</translation>
    </message>
    <message>
        <source>Erased a record</source>
        <translation>Usunięto rekord</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Usuwanie…</translation>
    </message>
    <message>
        <source>Everything about {name} was written to {path}.</source>
        <translation>Wszystko o {name} zapisano w {path}.</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Eksportuj wszystko o {name}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksportowanie…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Znajdź osobę</translation>
    </message>
    <message>
        <source>Give {name} this code. In RuralDesk they choose Sync → Set up sync… and paste it, or scan the picture with a phone and send it to themselves. It works once, until {expires}.</source>
        <translation>Przekaż ten kod: {name}. W RuralDesk ta osoba wybiera Synchronizacja → Konfiguruj synchronizację… i wkleja go albo skanuje obraz telefonem i wysyła go sobie. Działa jeden raz, do {expires}.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Group window status</source>
        <translation>Stan okna Grupa</translation>
    </message>
    <message>
        <source>Group “{group}”</source>
        <translation>Grupa „{group}”</translation>
    </message>
    <message>
        <source>Hand a file to the server</source>
        <translation>Przekaż plik na serwer</translation>
    </message>
    <message>
        <source>Hand to the server</source>
        <translation>Przekaż na serwer</translation>
    </message>
    <message>
        <source>Handing the file to the server…</source>
        <translation>Przekazywanie pliku na serwer…</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Kod zaproszenia</translation>
    </message>
    <message>
        <source>Invitation code as a QR code</source>
        <translation>Kod zaproszenia jako kod QR</translation>
    </message>
    <message>
        <source>Invitation for {name}</source>
        <translation>Zaproszenie dla: {name}</translation>
    </message>
    <message>
        <source>Invitation for {name} cancelled.</source>
        <translation>Anulowano zaproszenie dla: {name}.</translation>
    </message>
    <message>
        <source>Invitation for {name} created.</source>
        <translation>Utworzono zaproszenie dla: {name}.</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <translation>Zaproś kogoś</translation>
    </message>
    <message>
        <source>Invited someone</source>
        <translation>Zaproszono kogoś</translation>
    </message>
    <message>
        <source>Issued a token</source>
        <translation>Wydano token</translation>
    </message>
    <message>
        <source>Its attachments: none</source>
        <translation>Jego załączniki: brak</translation>
    </message>
    <message>
        <source>Its attachments: {names}</source>
        <translation>Jego załączniki: {names}</translation>
    </message>
    <message>
        <source>Its history, with the values it held (changes recorded: {count})</source>
        <translation>Jego historia wraz z wartościami, które zawierała (zapisane zmiany: {count})</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Pliki JSON (*.json)</translation>
    </message>
    <message>
        <source>Joined the group, but the token could not be kept: {error}</source>
        <extracomment>starts network work off the UI thread: Operations.run, or the worker itself</extracomment>
        <translation>Dołączono do grupy, ale nie udało się zachować tokenu: {error}</translation>
    </message>
    <message>
        <source>Joined with an invitation</source>
        <translation>Dołączono z zaproszenia</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Ostatnia synchronizacja</translation>
    </message>
    <message>
        <source>Links to it from other records: none</source>
        <translation>Powiązania z innych rekordów: brak</translation>
    </message>
    <message>
        <source>Links to it from {records} ({count}): {titles}</source>
        <translation>Powiązania z: {records} ({count}): {titles}</translation>
    </message>
    <message>
        <source>Listing what the erasure removes…</source>
        <translation>Ustalanie, co usunie usunięcie…</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Wczytywanie dziennika zdarzeń…</translation>
    </message>
    <message>
        <source>Loading the member&apos;s tokens…</source>
        <translation>Wczytywanie tokenów członka…</translation>
    </message>
    <message>
        <source>Loading the members…</source>
        <translation>Wczytywanie członków…</translation>
    </message>
    <message>
        <source>Loading the open invitations…</source>
        <translation>Wczytywanie otwartych zaproszeń…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Członek</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <source>Members see the new name after their next sync; the group&apos;s address stays.</source>
        <translation>Członkowie zobaczą nową nazwę po następnej synchronizacji; adres grupy pozostaje bez zmian.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Not connected to a group server.</source>
        <translation>Brak połączenia z serwerem grupy.</translation>
    </message>
    <message>
        <source>Not done: {why}</source>
        <translation>Nie wykonano: {why}</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied} and already had {already}.</source>
        <translation>Zmiany w pliku: {total}; serwer zastosował {applied}, a {already} już miał.</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied}, already had {already} and refused {refused}: {reasons}.</source>
        <translation>Zmiany w pliku: {total}; serwer zastosował {applied}, {already} już miał, a {refused} odrzucił: {reasons}.</translation>
    </message>
    <message>
        <source>Only the group&apos;s coordinators can invite people, change roles or remove members. Ask one of them.</source>
        <translation>Tylko koordynatorzy grupy mogą zapraszać, zmieniać role i usuwać członków. Poproś jednego z nich.</translation>
    </message>
    <message>
        <source>Open invitations</source>
        <translation>Otwarte zaproszenia</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Re&amp;move from the group…</source>
        <translation>Us&amp;uń z grupy…</translation>
    </message>
    <message>
        <source>Re&amp;name the group…</source>
        <translation>Zmień &amp;nazwę grupy…</translation>
    </message>
    <message>
        <source>Re&amp;voke tokens…</source>
        <translation>&amp;Unieważnij tokeny…</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Czytelnik</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Usuń: {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the group</source>
        <translation>Usuń z grupy: {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the group? Their tokens stop working at once and they no longer receive the group&apos;s records. Everything they added or changed stays, under their name.</source>
        <translation>Usunąć z grupy: {name}? Tokeny tej osoby od razu przestaną działać i nie będzie już otrzymywać rekordów grupy. Wszystko, co dodała lub zmieniła, pozostaje pod jej nazwiskiem.</translation>
    </message>
    <message>
        <source>Removed a member</source>
        <translation>Usunięto członka</translation>
    </message>
    <message>
        <source>Removing the member…</source>
        <translation>Usuwanie członka…</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>Zmień nazwę grupy</translation>
    </message>
    <message>
        <source>Renamed the group</source>
        <translation>Zmieniono nazwę grupy</translation>
    </message>
    <message>
        <source>Renaming the group…</source>
        <translation>Zmiana nazwy grupy…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Unieważnij</translation>
    </message>
    <message>
        <source>Revoke tokens of {name}</source>
        <translation>Unieważnij tokeny: {name}</translation>
    </message>
    <message>
        <source>Revoked a token</source>
        <translation>Unieważniono token</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Unieważnianie…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Send the changes in a hand-over file someone brought straight to the server</source>
        <translation>Wyślij zmiany z przyniesionego przez kogoś pliku przekazania prosto na serwer</translation>
    </message>
    <message>
        <source>The changes in the file go to the server under the names of the people who made them; this computer gets them at its next sync, like everyone. Changes the server already has are not taken twice.</source>
        <translation>Zmiany z pliku trafiają na serwer pod nazwiskami osób, które je wprowadziły; ten komputer otrzyma je przy następnej synchronizacji, jak wszyscy. Zmiany, które serwer już ma, nie są przyjmowane dwa razy.</translation>
    </message>
    <message>
        <source>The code is on the clipboard.</source>
        <translation>Kod jest w schowku.</translation>
    </message>
    <message>
        <source>The contact “{name}” and every field value it had</source>
        <translation>Kontakt „{name}” i wszystkie wartości jego pól</translation>
    </message>
    <message>
        <source>The discussion about this contact, with its posts ({count})</source>
        <translation>Dyskusja o tym kontakcie wraz z wpisami ({count})</translation>
    </message>
    <message>
        <source>The file holds no changes; nothing was sent.</source>
        <translation>Plik nie zawiera zmian; nic nie wysłano.</translation>
    </message>
    <message>
        <source>The five words given with the file, separately from it.</source>
        <translation>Pięć słów przekazanych razem z plikiem, ale osobno od niego.</translation>
    </message>
    <message>
        <source>The group is now called “{name}”.</source>
        <translation>Grupa nazywa się teraz „{name}”.</translation>
    </message>
    <message>
        <source>The invitation gives one person a place in the group. They paste the code into RuralDesk (Sync → Set up sync…) on their computer; it works once.</source>
        <translation>Zaproszenie daje jednej osobie miejsce w grupie. Wkleja ona kod w RuralDesk (Synchronizacja → Konfiguruj synchronizację…) na swoim komputerze; działa jeden raz.</translation>
    </message>
    <message>
        <source>The person is also named in the text of {count} other records. That text is not changed: review it after the erasure (the export lists where).</source>
        <translation>Osoba jest też wymieniona w tekście innych rekordów ({count}). Ten tekst nie jest zmieniany: przejrzyj go po usunięciu (eksport wskazuje, gdzie).</translation>
    </message>
    <message>
        <source>Their own posts in the group&apos;s discussions ({count}); the threads stay and show “post removed”</source>
        <translation>Własne wpisy tej osoby w dyskusjach grupy ({count}); wątki pozostają i pokazują „wpis usunięty”</translation>
    </message>
    <message>
        <source>This member has no token in use.</source>
        <translation>Ten członek nie ma używanego tokenu.</translation>
    </message>
    <message>
        <source>This workspace is not connected to a group server. Use Sync → Set up sync… with the invitation code your coordinator gave you.</source>
        <translation>Ten obszar roboczy nie jest połączony z serwerem grupy. Użyj Synchronizacja → Konfiguruj synchronizację… z kodem zaproszenia od koordynatora.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokeny</translation>
    </message>
    <message>
        <source>Tokens revoked for {name}: {count}.</source>
        <translation>Unieważnione tokeny ({name}): {count}.</translation>
    </message>
    <message>
        <source>Type a name, an e-mail or a phone number</source>
        <translation>Wpisz imię i nazwisko, e-mail lub numer telefonu</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Ważne do</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Co się stanie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>When a person asks what the group holds about them, or asks to be forgotten (GDPR articles 15 and 17), find them here.</source>
        <extracomment>contacts listed at once (a search narrows them down)</extracomment>
        <translation>Gdy ktoś pyta, jakie dane grupa o nim przechowuje, albo prosi o bycie zapomnianym (art. 15 i 17 RODO), znajdź tę osobę tutaj.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>W toku</translation>
    </message>
    <message>
        <source>adds and edits the group&apos;s records</source>
        <translation>dodaje i edytuje rekordy grupy</translation>
    </message>
    <message>
        <source>as the group will see it</source>
        <translation>tak, jak zobaczy go grupa</translation>
    </message>
    <message>
        <source>manages the group: members, invitations, erasure</source>
        <translation>zarządza grupą: członkowie, zaproszenia, usuwanie</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcjonalnie</translation>
    </message>
    <message>
        <source>reads the group&apos;s records, changes nothing</source>
        <translation>czyta rekordy grupy, niczego nie zmienia</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <extracomment>audit entries per page (&quot;Older entries&quot; asks for the next page)</extracomment>
        <translation>nie można odczytać pliku ({reason})</translation>
    </message>
    <message>
        <source>the server did not accept this computer&apos;s token; ask your coordinator for a new invitation</source>
        <translation>serwer nie przyjął tokenu tego komputera; poproś koordynatora o nowe zaproszenie</translation>
    </message>
    <message>
        <source>unnamed computer</source>
        <translation>komputer bez nazwy</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} dni</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} tygodnie</translation>
    </message>
    <message>
        <source>{label}, since {when}</source>
        <translation>{label}, od {when}</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (Ty)</translation>
    </message>
    <message>
        <source>{name} is no longer a member; their records stay.</source>
        <translation>{name} nie jest już członkiem; rekordy tej osoby pozostają.</translation>
    </message>
    <message>
        <source>{name} is now: {role}.</source>
        <translation>{name} ma teraz rolę: {role}.</translation>
    </message>
    <message>
        <source>“{name}” was erased here; the erasure goes to the server with this sync and reaches every replica at its next sync.</source>
        <translation>„{name}” usunięto tutaj; usunięcie trafia na serwer z tą synchronizacją i dociera do każdej repliki przy jej następnej synchronizacji.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Applied: {applied}. Already here: {duplicates}. To pass on to the server: {held}. Refused: {refused}.</source>
        <translation>Zastosowano: {applied}. Już tu były: {duplicates}. Do przekazania na serwer: {held}. Odrzucono: {refused}.</translation>
    </message>
    <message>
        <source>Changes written: {count}, to {path}.

Passphrase (shown only now): {words}</source>
        <translation>Zapisano zmiany: {count}, w {path}.

Hasło (pokazane tylko teraz): {words}</translation>
    </message>
    <message>
        <source>Connect this computer to the group&apos;s server once before handing changes over.</source>
        <translation>Połącz ten komputer raz z serwerem grupy, zanim przekażesz zmiany.</translation>
    </message>
    <message>
        <source>Export changes for another computer…</source>
        <translation>Eksportuj zmiany dla innego komputera…</translation>
    </message>
    <message>
        <source>Exporting changes</source>
        <translation>Eksportowanie zmian</translation>
    </message>
    <message>
        <source>Hand-over files (*.rdrelay);;All files (*)</source>
        <translation>Pliki przekazania (*.rdrelay);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Import changes from a file…</source>
        <translation>Importuj zmiany z pliku…</translation>
    </message>
    <message>
        <source>Importing changes</source>
        <translation>Importowanie zmian</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Nic nie zmieniono: {reason}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Zatrzymano. Nic nie zmieniono.</translation>
    </message>
    <message>
        <source>The file is cut short: it was not copied completely.</source>
        <translation>Plik jest niekompletny: nie został skopiowany w całości.</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was made.</source>
        <translation>Plik został zmieniony lub uszkodzony po utworzeniu.</translation>
    </message>
    <message>
        <source>The file will be locked with these words (change them if you like). Give them to the person who imports it, separately from the file.</source>
        <translation>Plik zostanie zamknięty tymi słowami (możesz je zmienić). Przekaż je osobie, która go zaimportuje, osobno od pliku.</translation>
    </message>
    <message>
        <source>The passphrase does not open this file: check the words and try again.</source>
        <translation>To hasło nie otwiera tego pliku: sprawdź słowa i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>This file holds changes of another group.</source>
        <translation>Ten plik zawiera zmiany innej grupy.</translation>
    </message>
    <message>
        <source>This is not a RuralDesk hand-over file.</source>
        <translation>To nie jest plik przekazania RuralDesk.</translation>
    </message>
    <message>
        <source>Type the words the file was locked with.</source>
        <translation>Wpisz słowa, którymi zamknięto plik.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>About RuralDesk</source>
        <translation>O programie RuralDesk</translation>
    </message>
    <message>
        <source>An offline-first organiser of practices, contacts and tools for rural social-economy groups: village associations, cooperatives, social enterprises, third places and the authorities that work with them.</source>
        <translation>Organizer działający przede wszystkim offline, do gromadzenia praktyk, kontaktów i narzędzi wiejskich podmiotów ekonomii społecznej: stowarzyszeń wiejskich, spółdzielni, przedsiębiorstw społecznych, trzecich miejsc oraz współpracujących z nimi władz publicznych.</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencja:</translation>
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
        <translation>Instrukcja obsługi RuralDesk</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of RuralDesk. It is online at {url}</source>
        <translation>Instrukcja obsługi nie została zainstalowana z tą kopią RuralDesk. Jest dostępna online: {url}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Instrukcja obsługi</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Obszar roboczy:</translation>
    </message>
</context>
<context>
    <name>IO</name>
    <message>
        <source>Comments on {title}</source>
        <translation>Komentarze do: {title}</translation>
    </message>
    <message>
        <source>DejaVu Sans is not installed: the PDF uses Helvetica, which cannot print letters outside Western Europe (Polish, Greek…); install fonts-dejavu</source>
        <translation>Czcionka DejaVu Sans nie jest zainstalowana: PDF używa Helvetiki, która nie drukuje liter spoza Europy Zachodniej (polskich, greckich…); zainstaluj fonts-dejavu</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Dyskusja</translation>
    </message>
    <message>
        <source>Google Contacts export</source>
        <translation>Eksport z Kontaktów Google</translation>
    </message>
    <message>
        <source>Google Contacts export (Outlook CSV)</source>
        <translation>Eksport z Kontaktów Google (CSV Outlooka)</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Ukryte przez koordynatora: {reason}</translation>
    </message>
    <message>
        <source>Outlook export</source>
        <translation>Eksport z Outlooka</translation>
    </message>
    <message>
        <source>Phone ({type}): {number}</source>
        <translation>Telefon ({type}): {number}</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Wpis usunięty</translation>
    </message>
    <message>
        <source>Posts: {count}</source>
        <translation>Wpisy: {count}</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation>Region: {region}</translation>
    </message>
    <message>
        <source>Started by {name}, {when}</source>
        <translation>Rozpoczęta przez: {name}, {when}</translation>
    </message>
    <message>
        <source>Thunderbird address book export</source>
        <translation>Eksport książki adresowej Thunderbirda</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Wycofany przez autora.</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>obraz GIF</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>obraz JPEG</translation>
    </message>
    <message>
        <source>a PDF document, not a table or an address book</source>
        <translation>dokument PDF, a nie tabela ani książka adresowa</translation>
    </message>
    <message>
        <source>a PNG picture</source>
        <translation>obraz PNG</translation>
    </message>
    <message>
        <source>a Windows program, not a data file</source>
        <translation>program dla Windows, a nie plik z danymi</translation>
    </message>
    <message>
        <source>a ZIP archive (an .xlsx or .ods spreadsheet?); save it as CSV from the spreadsheet first</source>
        <translation>archiwum ZIP (arkusz .xlsx lub .ods?); najpierw zapisz go jako CSV w arkuszu kalkulacyjnym</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>plik</translation>
    </message>
    <message>
        <source>a gzip-compressed file; uncompress it first</source>
        <translation>plik skompresowany gzip; najpierw go rozpakuj</translation>
    </message>
    <message>
        <source>a program, not a data file</source>
        <translation>program, a nie plik z danymi</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed</source>
        <translation>cudzysłów (&quot;) w tym wierszu nigdy nie jest zamknięty</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed on its line</source>
        <translation>cudzysłów (&quot;) w tym wierszu nie jest zamknięty w jego linii</translation>
    </message>
    <message>
        <source>a quoted cell has text after its closing quote and the row does not have as many cells as the header</source>
        <translation>komórka w cudzysłowie ma tekst po cudzysłowie zamykającym, a wiersz nie ma tylu komórek co nagłówek</translation>
    </message>
    <message>
        <source>a second address is not imported (only one address is kept)</source>
        <translation>drugi adres nie jest importowany (zachowywany jest tylko jeden)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>tabela</translation>
    </message>
    <message>
        <source>a vCard file</source>
        <translation>plik vCard</translation>
    </message>
    <message>
        <source>address country not recognised</source>
        <translation>nie rozpoznano kraju w adresie</translation>
    </message>
    <message>
        <source>an SQLite database (to bring back a whole workspace use restore)</source>
        <translation>baza danych SQLite (aby odzyskać cały obszar roboczy, użyj przywracania)</translation>
    </message>
    <message>
        <source>an alternative (ALTID {altid}) of a value already kept</source>
        <translation>wariant (ALTID {altid}) już zachowanej wartości</translation>
    </message>
    <message>
        <source>an old Office document (.xls or .doc); save it as CSV from the spreadsheet first</source>
        <translation>stary dokument Office (.xls lub .doc); najpierw zapisz go jako CSV w arkuszu kalkulacyjnym</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>nie można odczytać {name}: {reason}</translation>
    </message>
    <message>
        <source>category is not a theme of this workspace</source>
        <translation>kategoria nie jest tematem tego obszaru roboczego</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>kolumna {number}</translation>
    </message>
    <message>
        <source>edited {when}</source>
        <translation>edytowano {when}</translation>
    </message>
    <message>
        <source>group “{group}” is not a theme of this workspace; not imported</source>
        <translation>grupa „{group}” nie jest tematem tego obszaru roboczego; nie zaimportowano</translation>
    </message>
    <message>
        <source>has {cells} cells but the header names {columns} columns; the extra cells would be lost</source>
        <translation>ma {cells} komórek, a nagłówek wymienia {columns} kolumn; nadmiarowe komórki zostałyby utracone</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>w odpowiedzi dla: {name}</translation>
    </message>
    <message>
        <source>it holds a file its manifest does not list (“{file}”)</source>
        <translation>zawiera plik, którego jego manifest nie wymienia („{file}”)</translation>
    </message>
    <message>
        <source>it holds the file “{file}” twice</source>
        <translation>zawiera plik „{file}” dwukrotnie</translation>
    </message>
    <message>
        <source>it lists {count} attachment files, more than the {limit} a backup may hold</source>
        <translation>wymienia {count} plików załączników, więcej niż {limit}, które może zawierać kopia zapasowa</translation>
    </message>
    <message>
        <source>it would unpack to {size}, more than the {limit} a restore may write</source>
        <translation>po rozpakowaniu zająłby {size}, więcej niż {limit}, które może zapisać przywracanie</translation>
    </message>
    <message>
        <source>its manifest does not describe the replica file properly</source>
        <translation>jego manifest nie opisuje poprawnie pliku repliki</translation>
    </message>
    <message>
        <source>its manifest does not give its counts properly</source>
        <translation>jego manifest nie podaje poprawnie liczników</translation>
    </message>
    <message>
        <source>its manifest does not list the attachments properly</source>
        <translation>jego manifest nie wymienia poprawnie załączników</translation>
    </message>
    <message>
        <source>its manifest is larger than any backup&apos;s</source>
        <translation>jego manifest jest większy niż manifest jakiejkolwiek kopii zapasowej</translation>
    </message>
    <message>
        <source>its manifest is not a list of named values</source>
        <translation>jego manifest nie jest listą nazwanych wartości</translation>
    </message>
    <message>
        <source>its manifest lists the attachment {file}… twice</source>
        <translation>jego manifest wymienia załącznik {file}… dwukrotnie</translation>
    </message>
    <message>
        <source>its manifest names an attachment “{file}” that is not a checksum</source>
        <translation>jego manifest podaje załącznik „{file}”, który nie jest sumą kontrolną</translation>
    </message>
    <message>
        <source>language not recognised</source>
        <translation>nie rozpoznano języka</translation>
    </message>
    <message>
        <source>looks like card {number} of this file ({reason})</source>
        <translation>przypomina wizytówkę {number} z tego pliku ({reason})</translation>
    </message>
    <message>
        <source>looks like row {number} of this file ({reason})</source>
        <translation>przypomina wiersz {number} z tego pliku ({reason})</translation>
    </message>
    <message>
        <source>looks like “{title}” already here ({reason})</source>
        <translation>przypomina „{title}”, który już tu jest ({reason})</translation>
    </message>
    <message>
        <source>name prefix not imported</source>
        <translation>nie zaimportowano przedrostka nazwiska</translation>
    </message>
    <message>
        <source>name suffix not imported</source>
        <translation>nie zaimportowano przyrostka nazwiska</translation>
    </message>
    <message>
        <source>no matching field</source>
        <translation>brak odpowiedniego pola</translation>
    </message>
    <message>
        <source>no practice to write (the search or filters match none); {out} was not written</source>
        <translation>brak praktyki do zapisania (wyszukiwanie lub filtry nic nie znajdują); nie zapisano {out}</translation>
    </message>
    <message>
        <source>only one address is kept</source>
        <translation>zachowywany jest tylko jeden adres</translation>
    </message>
    <message>
        <source>only one name is kept</source>
        <translation>zachowywana jest tylko jedna nazwa</translation>
    </message>
    <message>
        <source>only one organisation is kept</source>
        <translation>zachowywana jest tylko jedna organizacja</translation>
    </message>
    <message>
        <source>only one role is kept</source>
        <translation>zachowywana jest tylko jedna funkcja</translation>
    </message>
    <message>
        <source>only one web address is kept</source>
        <translation>zachowywany jest tylko jeden adres WWW</translation>
    </message>
    <message>
        <source>phone label not kept (the number is imported)</source>
        <translation>etykieta telefonu nie została zachowana (numer jest importowany)</translation>
    </message>
    <message>
        <source>phone {number} has no country code and no region is set to read it with; kept in the notes (set the workspace&apos;s phone region, or --default-region)</source>
        <translation>telefon {number} nie ma kierunkowego kraju i nie ustawiono regionu, by go odczytać; zachowano w notatkach (ustaw region telefonów obszaru roboczego lub --default-region)</translation>
    </message>
    <message>
        <source>phone {number} written as {written} (numbers without a country code read as {region})</source>
        <translation>telefon {number} zapisano jako {written} (numery bez kierunkowego kraju odczytywane jako {region})</translation>
    </message>
    <message>
        <source>region “{region}” is not a NUTS region we know; kept in the notes</source>
        <translation>region „{region}” nie jest znanym regionem NUTS; zachowano w notatkach</translation>
    </message>
    <message>
        <source>same e-mail {email}</source>
        <translation>ten sam e-mail {email}</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>ta sama nazwa</translation>
    </message>
    <message>
        <source>same phone {phone}</source>
        <translation>ten sam telefon {phone}</translation>
    </message>
    <message>
        <source>similar names ({ratio})</source>
        <translation>podobne nazwy ({ratio})</translation>
    </message>
    <message>
        <source>spreadsheet (columns matched by their names)</source>
        <translation>arkusz (kolumny rozpoznane po nazwach)</translation>
    </message>
    <message>
        <source>the file name “{file}” points outside the backup</source>
        <translation>nazwa pliku „{file}” wskazuje poza kopię zapasową</translation>
    </message>
    <message>
        <source>the last row is cut short (fewer cells than the header and no line end): the file looks truncated</source>
        <translation>ostatni wiersz jest urwany (mniej komórek niż w nagłówku i brak końca wiersza): plik wygląda na obcięty</translation>
    </message>
    <message>
        <source>the row cannot be read ({error})</source>
        <translation>nie można odczytać wiersza ({error})</translation>
    </message>
    <message>
        <source>the workspace {path} is not empty ({count} records); restore only into an empty workspace (choose a new one)</source>
        <translation>obszar roboczy {path} nie jest pusty (rekordy: {count}); przywracaj tylko do pustego obszaru roboczego (wybierz nowy)</translation>
    </message>
    <message>
        <source>this card was exported from this workspace and the contact is still here (same UID)</source>
        <translation>ta wizytówka została wyeksportowana z tego obszaru roboczego, a kontakt nadal tu jest (ten sam UID)</translation>
    </message>
    <message>
        <source>unknown encoding {encoding}</source>
        <translation>nieznane kodowanie {encoding}</translation>
    </message>
    <message>
        <source>{column} ({count} values)</source>
        <translation>{column} (wartości: {count})</translation>
    </message>
    <message>
        <source>{name} cannot be restored safely: {reason}; nothing was changed</source>
        <translation>{name} nie może zostać bezpiecznie przywrócony: {reason}; nic nie zostało zmienione</translation>
    </message>
    <message>
        <source>{name} has no header row (the first line should name the columns)</source>
        <translation>{name} nie ma wiersza nagłówka (pierwszy wiersz powinien nazywać kolumny)</translation>
    </message>
    <message>
        <source>{name} holds a damaged replica ({reason})</source>
        <translation>{name} zawiera uszkodzoną replikę ({reason})</translation>
    </message>
    <message>
        <source>{name} is UTF-8 except on line {line} (byte {byte}), which is in another encoding: two encodings are mixed in one file; correct that line, or choose the encoding of the whole file</source>
        <translation>{name} jest w UTF-8 z wyjątkiem wiersza {line} (bajt {byte}), który ma inne kodowanie: w pliku zmieszano dwa kodowania; popraw ten wiersz lub wybierz kodowanie całego pliku</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes)</source>
        <translation>{name} to plik binarny, a nie tekst (zawiera bajty NUL)</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes, first on line {line})</source>
        <translation>{name} to plik binarny, nie tekst (zawiera bajty NUL, pierwszy w wierszu {line})</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason})</source>
        <translation>{name} jest uszkodzony ({reason})</translation>
    </message>
    <message>
        <source>{name} is damaged: attachment {file}… does not match its checksum</source>
        <translation>{name} jest uszkodzony: załącznik {file}… nie zgadza się z sumą kontrolną</translation>
    </message>
    <message>
        <source>{name} is damaged: the replica inside does not match its checksum</source>
        <translation>{name} jest uszkodzony: replika w środku nie zgadza się z sumą kontrolną</translation>
    </message>
    <message>
        <source>{name} is damaged: “{file}” is shorter than its manifest says</source>
        <translation>{name} jest uszkodzony: „{file}” jest krótszy, niż podaje jego manifest</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} jest pusty</translation>
    </message>
    <message>
        <source>{name} is in no encoding we can read exactly (not UTF-8, UTF-16, a Windows or ISO 8859 code page, or Shift-JIS); save it again as UTF-8</source>
        <translation>{name} nie jest w żadnym kodowaniu, które umiemy dokładnie odczytać (UTF-8, UTF-16, strona kodowa Windows lub ISO 8859, Shift-JIS); zapisz go ponownie jako UTF-8</translation>
    </message>
    <message>
        <source>{name} is incomplete: {count} files are missing (first: {first})</source>
        <translation>{name} jest niekompletny: brakujące pliki: {count} (pierwszy: {first})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup (not a ZIP file); it may be truncated</source>
        <translation>{name} nie jest kopią zapasową RuralDesk (to nie plik ZIP); może być obcięty</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup or is damaged ({reason})</source>
        <translation>{name} nie jest kopią zapasową RuralDesk lub jest uszkodzony ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk workspace backup</source>
        <translation>{name} nie jest kopią zapasową obszaru roboczego RuralDesk</translation>
    </message>
    <message>
        <source>{name} is not a vCard file (it should start with BEGIN:VCARD)</source>
        <translation>{name} nie jest plikiem vCard (powinien zaczynać się od BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>{name} is not a valid vCard file: card {number} is broken ({reason})</source>
        <translation>{name} nie jest poprawnym plikiem vCard: wizytówka {number} jest uszkodzona ({reason})</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-16 text; it may be truncated or damaged</source>
        <translation>{name} nie jest poprawnym tekstem UTF-16; może być obcięty lub uszkodzony</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-32 text; it may be truncated or damaged</source>
        <translation>{name} nie jest poprawnym tekstem UTF-32; może być obcięty lub uszkodzony</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text after all (byte {byte}); save it again as UTF-8</source>
        <translation>{name} jednak nie jest tekstem w kodowaniu {encoding} (bajt {byte}); zapisz go ponownie jako UTF-8</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text: line {line} holds bytes it cannot read (byte {byte}); choose another encoding</source>
        <translation>{name} nie jest tekstem w kodowaniu {encoding}: wiersz {line} zawiera bajty, których nie da się w nim odczytać (bajt {byte}); wybierz inne kodowanie</translation>
    </message>
    <message>
        <source>{name} is {size}, more than the {limit} {what} may be; split it into smaller files</source>
        <translation>{name} ma {size}, a {what} może mieć najwyżej {limit}; podziel go na mniejsze pliki</translation>
    </message>
    <message>
        <source>{name} is {what}</source>
        <translation>{name} to {what}</translation>
    </message>
    <message>
        <source>{name} needs {size} of free disk space and only {free} is free; nothing was changed</source>
        <translation>{name} potrzebuje {size} wolnego miejsca na dysku, a wolne jest tylko {free}; nic nie zostało zmienione</translation>
    </message>
    <message>
        <source>{name} starts as UTF-8 but line {line} holds bytes that are not UTF-8 (byte {byte}); it may be damaged — save it again as UTF-8</source>
        <translation>{name} zaczyna się jako UTF-8, ale wiersz {line} zawiera bajty spoza UTF-8 (bajt {byte}); może być uszkodzony — zapisz go ponownie jako UTF-8</translation>
    </message>
    <message>
        <source>{name} was made by a newer RuralDesk (backup format {version}); update RuralDesk to restore it</source>
        <translation>{name} utworzono w nowszej wersji RuralDesk (format kopii {version}); zaktualizuj RuralDesk, aby ją przywrócić</translation>
    </message>
    <message>
        <source>{name}, line {line}: a quoted cell has text after its closing quote ({error})</source>
        <translation>{name}, wiersz {line}: komórka w cudzysłowie ma tekst po cudzysłowie zamykającym ({error})</translation>
    </message>
    <message>
        <source>{name}, line {line}: {error}</source>
        <translation>{name}, wiersz {line}: {error}</translation>
    </message>
    <message>
        <source>{name}: a quote (&quot;) opened near line {line} is never closed; the file looks truncated or damaged</source>
        <translation>{name}: cudzysłów (&quot;) otwarty w pobliżu wiersza {line} nie jest nigdy zamknięty; plik wygląda na obcięty lub uszkodzony</translation>
    </message>
    <message>
        <source>{name}: card {number} is never closed (END:VCARD is missing); the file looks truncated</source>
        <translation>{name}: wizytówka {number} nigdy nie jest zamknięta (brak END:VCARD); plik wygląda na obcięty</translation>
    </message>
    <message>
        <source>{name}: the encoding is not certain, the file reads differently as {shown}; choose one (for example --encoding {first})</source>
        <translation>{name}: kodowanie nie jest pewne, plik czyta się inaczej jako {shown}; wybierz jedno (na przykład --encoding {first})</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); restore into a new workspace</source>
        <translation>nie można odczytać {path} ({reason}); przywróć do nowego obszaru roboczego</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} nie istnieje</translation>
    </message>
    <message>
        <source>{path} is a folder, not {what}</source>
        <translation>{path} to folder, a nie {what}</translation>
    </message>
    <message>
        <source>{path} is not an empty workspace</source>
        <translation>{path} nie jest pustym obszarem roboczym</translation>
    </message>
    <message>
        <source>{property} not imported: {why}</source>
        <translation>{property} nie zaimportowano: {why}</translation>
    </message>
    <message>
        <source>{where}: {count} characters in a script the font cannot show ({scripts}) were left out of the PDF</source>
        <translation>{where}: pominięto w PDF {count} znaków pisma, którego czcionka nie potrafi pokazać ({scripts})</translation>
    </message>
    <message>
        <source>“{file}” claims a size its compressed data cannot have (a zip bomb?)</source>
        <translation>„{file}” deklaruje rozmiar, którego jego skompresowane dane nie mogą mieć (bomba ZIP?)</translation>
    </message>
    <message>
        <source>“{file}” is a link or a folder, not a file</source>
        <translation>„{file}” jest dowiązaniem lub folderem, a nie plikiem</translation>
    </message>
    <message>
        <source>“{file}” is encrypted or compressed in a way RuralDesk does not write</source>
        <translation>„{file}” jest zaszyfrowany lub skompresowany w sposób, którego RuralDesk nie używa</translation>
    </message>
    <message>
        <source>“{file}” is not the size its manifest says</source>
        <translation>„{file}” nie ma rozmiaru podanego w manifeście</translation>
    </message>
    <message>
        <source>“{file}” unpacks to more than its declared size (a zip bomb?)</source>
        <translation>„{file}” rozpakowuje się do więcej niż zadeklarowany rozmiar (bomba ZIP?)</translation>
    </message>
    <message>
        <source>“{number}” is not a phone number we can read; kept in the notes</source>
        <translation>„{number}” nie jest czytelnym numerem telefonu; zachowano w notatkach</translation>
    </message>
    <message>
        <source>“{value}” is not a country (use a name or an ISO 3166 code such as PT)</source>
        <translation>„{value}” nie jest krajem (użyj nazwy lub kodu ISO 3166, np. PT)</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>„{value}” nie jest datą (użyj RRRR-MM-DD lub DD/MM/RRRR)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use a name or an ISO 639 code such as fr)</source>
        <translation>„{value}” nie jest językiem (użyj nazwy lub kodu ISO 639, np. fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use an ISO 639 code such as fr)</source>
        <translation>„{value}” nie jest językiem (użyj kodu ISO 639, np. fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>„{value}” nie jest liczbą</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>„{value}” nie jest identyfikatorem wpisu</translation>
    </message>
    <message>
        <source>“{value}” is not a theme of this workspace</source>
        <translation>„{value}” nie jest tematem tego obszaru roboczego</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>„{value}” nie jest liczbą całkowitą</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>„{value}” nie jest żadną z wartości: {choices}</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <source>All types</source>
        <translation>Wszystkie typy</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Dowolny kraj</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Dowolny rodzaj</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Dowolny język</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Dowolny region</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Dowolny temat</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Wyczyść filtry</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Filter by {what}</source>
        <translation>Filtruj według: {what}</translation>
    </message>
    <message>
        <source>In the trash: {count}</source>
        <translation>W koszu: {count}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>List summary</source>
        <translation>Podsumowanie listy</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Wpisy</translation>
    </message>
    <message>
        <source>Records: {count}</source>
        <translation>Wpisy: {count}</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Results: {count}</source>
        <translation>Wyniki: {count}</translation>
    </message>
    <message>
        <source>Results: {shown} of {total}</source>
        <translation>Wyniki: {shown} z {total}</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>Zapisz wyszukiwanie…</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Zapisz to wyszukiwanie</translation>
    </message>
    <message>
        <source>Selected: {count}</source>
        <translation>Zaznaczone: {count}</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Type to search practices, contacts, tools and themes.</source>
        <translation>Pisz, aby przeszukać praktyki, kontakty, narzędzia i tematy.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About RuralDesk</source>
        <translation>&amp;O programie RuralDesk</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Załącz pliki…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>W&amp;stecz</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Kolumny…</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic information</source>
        <translation>&amp;Kopiuj informacje diagnostyczne</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edytuj</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Szukaj…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation>Po&amp;wiąż z…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nowy</translation>
    </message>
    <message>
        <source>&amp;Paste as attachment</source>
        <translation>Wklej jako &amp;załącznik</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Wp&amp;is</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>U&amp;stawienia…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronizacja</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Instrukcja obsługi</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>Add a record to the list shown</source>
        <translation>Dodaj wpis do wyświetlanej listy</translation>
    </message>
    <message>
        <source>Added “{title}”</source>
        <translation>Dodano „{title}”</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Załącz pliki</translation>
    </message>
    <message>
        <source>Attached: {count}</source>
        <translation>Załączono: {count}</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Załącznika jeszcze tu nie ma</translation>
    </message>
    <message>
        <source>Bring the selected records back from the trash</source>
        <translation>Przywróć zaznaczone wpisy z kosza</translation>
    </message>
    <message>
        <source>Changes waiting to be shared</source>
        <translation>Zmiany czekające na udostępnienie</translation>
    </message>
    <message>
        <source>Changes waiting to be shared: {count}</source>
        <translation>Zmiany czekające na udostępnienie: {count}</translation>
    </message>
    <message>
        <source>Choose a practice or a tool to attach files to.</source>
        <translation>Wybierz praktykę lub narzędzie, do których chcesz załączyć pliki.</translation>
    </message>
    <message>
        <source>Copy files into the workspace and attach them</source>
        <translation>Skopiuj pliki do obszaru roboczego i załącz je</translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>Nie udało się załączyć</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Nie udało się zapisać</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Usuń zapisane wyszukiwanie</translation>
    </message>
    <message>
        <source>Diagnostic information copied. Paste it into your message to the person helping you; it holds no names or contents.</source>
        <translation>Skopiowano informacje diagnostyczne. Wklej je do wiadomości dla osoby, która Ci pomaga; nie zawierają nazwisk ani treści.</translation>
    </message>
    <message>
        <source>Edit the record shown</source>
        <translation>Edytuj wyświetlany wpis</translation>
    </message>
    <message>
        <source>Empty the &amp;trash…</source>
        <translation>&amp;Opróżnij kosz…</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Opróżnij kosz</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Opróżnianie kosza</translation>
    </message>
    <message>
        <source>Erase everything in the trash from this computer? This cannot be undone.</source>
        <translation>Usunąć z tego komputera całą zawartość kosza? Tej operacji nie można cofnąć.</translation>
    </message>
    <message>
        <source>Erased from this computer: {count}</source>
        <translation>Usunięto z tego komputera: {count}</translation>
    </message>
    <message>
        <source>For a support request: versions and sizes, never names or contents</source>
        <translation>Do zgłoszenia problemu: wersje i rozmiary, nigdy nazwiska ani treści</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Przejdź do &amp;listy</translation>
    </message>
    <message>
        <source>Link this record to contacts, tools or practices</source>
        <translation>Powiąż ten wpis z kontaktami, narzędziami lub praktykami</translation>
    </message>
    <message>
        <source>Link “{title}” to…</source>
        <translation>Powiąż „{title}” z…</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Główny pasek narzędzi</translation>
    </message>
    <message>
        <source>Move the selected records to the trash</source>
        <translation>Przenieś zaznaczone wpisy do kosza</translation>
    </message>
    <message>
        <source>Moved to the trash: {count}. Undo with Ctrl+Z.</source>
        <translation>Przeniesiono do kosza: {count}. Cofnij skrótem Ctrl+Z.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <extracomment>set by the sync UI: fetch_attachment(sha256, then) downloads a file kept on the server</extracomment>
        <translation>Nawigacja</translation>
    </message>
    <message>
        <source>No changes waiting to be shared</source>
        <translation>Brak zmian czekających na udostępnienie</translation>
    </message>
    <message>
        <source>No saved searches yet. Type in the search box, then choose Save search under the filters.</source>
        <translation>Brak zapisanych wyszukiwań. Wpisz tekst w polu wyszukiwania, a potem wybierz Zapisz wyszukiwanie pod filtrami.</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Przywróć</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Restored: {count}</source>
        <translation>Przywrócono: {count}</translation>
    </message>
    <message>
        <source>RuralDesk</source>
        <extracomment>which collections a record of each collection can be linked to (both directions)</extracomment>
        <translation>RuralDesk</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Zapisz wyszukiwanie</translation>
    </message>
    <message>
        <source>Saved the search “{name}”</source>
        <translation>Zapisano wyszukiwanie „{name}”</translation>
    </message>
    <message>
        <source>Saved “{title}”</source>
        <translation>Zapisano „{title}”</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Szukaj wszędzie</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <extracomment>the middle pane: the list, or a view another module adds for a navigation node</extracomment>
        <translation>Szukaj wszędzie (Ctrl+K)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Zaznacz &amp;wszystko</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>Pokaż folder &amp;dziennika</translation>
    </message>
    <message>
        <source>Show {what}</source>
        <translation>Pokaż: {what}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Stan synchronizacji</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Tego wpisu już nie ma.</translation>
    </message>
    <message>
        <source>The clipboard holds no file or picture to attach.</source>
        <translation>Schowek nie zawiera pliku ani obrazu do załączenia.</translation>
    </message>
    <message>
        <source>This file is not on this computer yet. It arrives with the next sync.</source>
        <translation>Tego pliku jeszcze nie ma na tym komputerze. Pojawi się przy następnej synchronizacji.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Kosz</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Dyskusje</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Znaleziono w</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Ostatnia zmiana</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Zapisane wyszukiwania</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Do przejrzenia</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Kosz</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <extracomment>the review list is a coordinator&apos;s (ui/review.py): whatsnew sets it from the member&apos;s role</extracomment>
        <translation>Co nowego</translation>
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
            <numerusform>%n zmieniony kontakt</numerusform>
            <numerusform>%n zmienione kontakty</numerusform>
            <numerusform>%n zmienionych kontaktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed practices</source>
        <translation>
            <numerusform>%n zmieniona praktyka</numerusform>
            <numerusform>%n zmienione praktyki</numerusform>
            <numerusform>%n zmienionych praktyk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed tools</source>
        <translation>
            <numerusform>%n zmienione narzędzie</numerusform>
            <numerusform>%n zmienione narzędzia</numerusform>
            <numerusform>%n zmienionych narzędzi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakty</numerusform>
            <numerusform>%n kontaktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited posts</source>
        <translation>
            <numerusform>%n zmieniony wpis</numerusform>
            <numerusform>%n zmienione wpisy</numerusform>
            <numerusform>%n zmienionych wpisów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contacts</source>
        <translation>
            <numerusform>%n nowy kontakt</numerusform>
            <numerusform>%n nowe kontakty</numerusform>
            <numerusform>%n nowych kontaktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new posts</source>
        <translation>
            <numerusform>%n nowy wpis</numerusform>
            <numerusform>%n nowe wpisy</numerusform>
            <numerusform>%n nowych wpisów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new practices</source>
        <translation>
            <numerusform>%n nowa praktyka</numerusform>
            <numerusform>%n nowe praktyki</numerusform>
            <numerusform>%n nowych praktyk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tools</source>
        <translation>
            <numerusform>%n nowe narzędzie</numerusform>
            <numerusform>%n nowe narzędzia</numerusform>
            <numerusform>%n nowych narzędzi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n wpis</numerusform>
            <numerusform>%n wpisy</numerusform>
            <numerusform>%n wpisów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practices</source>
        <translation>
            <numerusform>%n praktyka</numerusform>
            <numerusform>%n praktyki</numerusform>
            <numerusform>%n praktyk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records shared by others since your last review.</source>
        <translation>
            <numerusform>%n wpis udostępniony przez innych od Twojego ostatniego przeglądu.</numerusform>
            <numerusform>%n wpisy udostępnione przez innych od Twojego ostatniego przeglądu.</numerusform>
            <numerusform>%n wpisów udostępnionych przez innych od Twojego ostatniego przeglądu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tools</source>
        <translation>
            <numerusform>%n narzędzie</numerusform>
            <numerusform>%n narzędzia</numerusform>
            <numerusform>%n narzędzi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n nieprzeczytany</numerusform>
            <numerusform>%n nieprzeczytane</numerusform>
            <numerusform>%n nieprzeczytanych</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Attach files: {count}</source>
        <translation>Załącz pliki: {count}</translation>
    </message>
    <message>
        <source>Could not undo or redo: {error}</source>
        <extracomment>a write: runs on the writer thread, returns what changed and a value for on_done</extracomment>
        <translation>Nie udało się cofnąć ani ponowić: {error}</translation>
    </message>
    <message>
        <source>Create {title}</source>
        <translation>Utwórz „{title}”</translation>
    </message>
    <message>
        <source>Delete records: {count}</source>
        <translation>Usuń wpisy: {count}</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>Usuń „{title}”</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Edytuj „{title}”</translation>
    </message>
    <message>
        <source>Link {title}</source>
        <translation>Powiąż „{title}”</translation>
    </message>
    <message>
        <source>Not undone: {fields} of “{title}” changed since, by someone else (it arrived with the last sync). Their value stays; edit it by hand if yours should win.</source>
        <translation>Nie cofnięto: {fields} w „{title}” zmienił w międzyczasie ktoś inny (przyszło z ostatnią synchronizacją). Jego wartość zostaje; popraw ją ręcznie, jeśli to Twoja ma obowiązywać.</translation>
    </message>
    <message>
        <source>Not undone: “{title}” was moved to or from the trash by someone else since (it arrived with the last sync). It stays as it is.</source>
        <translation>Nie cofnięto: ktoś inny przeniósł w międzyczasie „{title}” do kosza lub je przywrócił (przyszło z ostatnią synchronizacją). Zostaje tak, jak jest.</translation>
    </message>
    <message>
        <source>Remove attachment {name}</source>
        <translation>Usuń załącznik {name}</translation>
    </message>
    <message>
        <source>Restore records: {count}</source>
        <translation>Przywróć wpisy: {count}</translation>
    </message>
    <message>
        <source>Restore {title}</source>
        <translation>Przywróć „{title}”</translation>
    </message>
    <message>
        <source>Unlink from {title}</source>
        <translation>Odłącz od „{title}”</translation>
    </message>
</context>
<context>
    <name>PeerSync</name>
    <message>
        <source>&amp;Computers offering sync nearby:</source>
        <translation>&amp;Komputery w pobliżu oferujące synchronizację:</translation>
    </message>
    <message>
        <source>&amp;Offer sync to a nearby computer…</source>
        <translation>Zaofer&amp;uj synchronizację komputerowi w pobliżu…</translation>
    </message>
    <message>
        <source>Address of this computer</source>
        <translation>Adres tego komputera</translation>
    </message>
    <message>
        <source>C&amp;onnect and sync</source>
        <translation>&amp;Połącz i synchronizuj</translation>
    </message>
    <message>
        <source>Choose a computer from the list, or type its address as shown on it (for example 192.168.1.20:40123).</source>
        <translation>Wybierz komputer z listy albo wpisz jego adres tak, jak jest na nim wyświetlony (na przykład 192.168.1.20:40123).</translation>
    </message>
    <message>
        <source>Choose the computer that offers sync (Sync → Offer sync to a nearby computer… on it) and type the code it shows.</source>
        <translation>Wybierz komputer, który oferuje synchronizację (na nim Synchronizacja → Zaoferuj synchronizację komputerowi w pobliżu…), i wpisz kod, który pokazuje.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <source>If this computer is not listed there, connect by address: {address}</source>
        <translation>Jeśli tego komputera tam nie ma, połącz się przez adres: {address}</translation>
    </message>
    <message>
        <source>Let a computer of your group on the same network sync with this one, without the server or the internet</source>
        <translation>Pozwól komputerowi z Twojej grupy w tej samej sieci zsynchronizować się z tym, bez serwera i bez internetu</translation>
    </message>
    <message>
        <source>Looking for computers of your group on this network…</source>
        <translation>Szukanie komputerów Twojej grupy w tej sieci…</translation>
    </message>
    <message>
        <source>Offer sync to a nearby computer</source>
        <translation>Zaoferuj synchronizację komputerowi w pobliżu</translation>
    </message>
    <message>
        <source>On the other computer (same Wi-Fi or phone hotspot, same group), choose Sync → Sync with a nearby computer…, pick this computer and type this code:</source>
        <translation>Na drugim komputerze (ta sama sieć Wi-Fi lub hotspot telefonu, ta sama grupa) wybierz Synchronizacja → Synchronizuj z komputerem w pobliżu…, wskaż ten komputer i wpisz ten kod:</translation>
    </message>
    <message>
        <source>Or connect by &amp;address:</source>
        <translation>Lub połącz przez &amp;adres:</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>Kod pa&amp;rowania:</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Kod parowania</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Za&amp;trzymaj</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Stopped. Nothing was half-applied.</source>
        <translation>Zatrzymano. Nic nie zostało zastosowane w połowie.</translation>
    </message>
    <message>
        <source>Sync with a &amp;nearby computer…</source>
        <translation>Synchronizuj z komputerem w po&amp;bliżu…</translation>
    </message>
    <message>
        <source>Sync with a computer of your group that offers it on the same network</source>
        <translation>Synchronizuj z komputerem Twojej grupy, który oferuje to w tej samej sieci</translation>
    </message>
    <message>
        <source>Sync with a nearby computer</source>
        <translation>Synchronizuj z komputerem w pobliżu</translation>
    </message>
    <message>
        <source>Synced with “{name}”: {received} changes received, {sent} sent.</source>
        <translation>Zsynchronizowano z „{name}”: odebrane zmiany: {received}, wysłane: {sent}.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed.</source>
        <translation>To nie jest kod wyświetlony na drugim komputerze; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed. Tries left: {count}.</source>
        <translation>To nie jest kod wyświetlony na drugim komputerze; nic nie zostało zmienione. Pozostałe próby: {count}.</translation>
    </message>
    <message>
        <source>The code has six digits, as shown on the other computer.</source>
        <translation>Kod ma sześć cyfr, tak jak na drugim komputerze.</translation>
    </message>
    <message>
        <source>The connection to the other computer was lost ({reason}). Nothing was half-applied; try again.</source>
        <translation>Połączenie z drugim komputerem zostało przerwane ({reason}). Nic nie zostało zastosowane w połowie; spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The connection was lost before the end; nothing was half-applied. Still waiting for a computer of your group…</source>
        <translation>Połączenie zostało przerwane przed końcem; nic nie zostało zastosowane w połowie. Nadal czekam na komputer Twojej grupy…</translation>
    </message>
    <message>
        <source>The other computer answered in a way this version does not understand ({reason}). Nothing was changed.</source>
        <translation>Drugi komputer odpowiedział w sposób, którego ta wersja nie rozumie ({reason}). Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>The other computer belongs to another group; only computers of the same group can sync. Nothing was changed.</source>
        <translation>Drugi komputer należy do innej grupy; synchronizować mogą się tylko komputery tej samej grupy. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>The other computer stopped its offer after too many wrong codes. Ask for a new offer there; nothing was changed.</source>
        <translation>Drugi komputer wycofał ofertę po zbyt wielu błędnych kodach. Poproś tam o nową ofertę; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: on the other computer, connect by address: {address}</source>
        <translation>Ta sieć nie pozwala komputerom się odnaleźć: na drugim komputerze połącz się przez adres: {address}</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: type the address shown on the other computer.</source>
        <translation>Ta sieć nie pozwala komputerom się odnaleźć: wpisz adres wyświetlony na drugim komputerze.</translation>
    </message>
    <message>
        <source>This workspace is not part of a group yet. Set up sync with your group server once (Sync → Set up sync…); after that it can sync with nearby computers too.</source>
        <translation>Ten obszar roboczy nie należy jeszcze do żadnej grupy. Skonfiguruj raz synchronizację z serwerem Twojej grupy (Synchronizacja → Konfiguruj synchronizację…); potem będzie mógł synchronizować się także z komputerami w pobliżu.</translation>
    </message>
    <message>
        <source>Waiting for a computer of your group…</source>
        <translation>Czekam na komputer Twojej grupy…</translation>
    </message>
    <message>
        <source>{count} are kept until your next sync with the server, which knows the computer that signed them.</source>
        <translation>Zachowane do następnej synchronizacji z serwerem, który zna komputer, który je podpisał: {count}.</translation>
    </message>
    <message>
        <source>{count} were refused (their signature did not check out).</source>
        <translation>Odrzucone (ich podpis się nie zgadzał): {count}.</translation>
    </message>
    <message>
        <source>“{name}” belongs to another group; it cannot sync with this computer. Still waiting…</source>
        <translation>„{name}” należy do innej grupy; nie może synchronizować się z tym komputerem. Nadal czekam…</translation>
    </message>
    <message>
        <source>“{name}” connected; checking the code…</source>
        <translation>„{name}” połączył się; sprawdzanie kodu…</translation>
    </message>
    <message>
        <source>“{name}” typed a wrong code; nothing was changed. Tries left: {count}.</source>
        <translation>„{name}” wpisał błędny kod; nic nie zostało zmienione. Pozostałe próby: {count}.</translation>
    </message>
    <message>
        <source>“{name}” typed the right code; syncing…</source>
        <translation>„{name}” wpisał właściwy kod; synchronizacja…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Wklej</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Wy&amp;tnij</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Zaznacz wszystko</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nie</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Tak</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Przerwij</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zastosuj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoc</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignoruj</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ie dla wszystkich</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Resetuj</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Przywróć domyślne</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Zapisz wszystko</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Tak dla &amp;wszystkich</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Wklej</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiuj adres &amp;odnośnika</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Wy&amp;tnij</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Zaznacz wszystko</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>&amp;Mark all as reviewed</source>
        <translation>&amp;Oznacz wszystko jako przejrzane</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <extracomment>few columns: the pane beside the record is narrow at 150 % (the type is in the tool tip)</extracomment>
        <translation>(bez tytułu)</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>Dodaj &amp;notatkę…</translation>
    </message>
    <message>
        <source>Choose a record in the list first.</source>
        <translation>Najpierw wybierz wpis z listy.</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Ostatnia zmiana</translation>
    </message>
    <message>
        <source>Nothing to review: everything others shared has been reviewed.</source>
        <translation>Nic do przejrzenia: wszystko, co udostępnili inni, zostało przejrzane.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Notatka recenzenta</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note: {note}</source>
        <translation>Notatka recenzenta: {note}</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Udostępnił(a)</translation>
    </message>
    <message>
        <source>Shared records to review</source>
        <translation>Udostępnione wpisy do przejrzenia</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Do przejrzenia</translation>
    </message>
    <message>
        <source>Write a reviewer&apos;s note on the chosen record</source>
        <translation>Napisz notatkę recenzenta do wybranego wpisu</translation>
    </message>
    <message>
        <source>Your note on “{title}” travels with the record to everyone in the group. Only coordinators can write it.</source>
        <translation>Twoja notatka do „{title}” trafia razem z wpisem do wszystkich w grupie. Pisać ją mogą tylko koordynatorzy.</translation>
    </message>
    <message>
        <source>{type}, last changed {when}</source>
        <translation>{type}, ostatnia zmiana {when}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Could not load demo data: {error}</source>
        <translation>Nie udało się wczytać danych przykładowych: {error}</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Wczytano dane przykładowe.</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <extracomment>startup.Opened: the replica and the lock that goes with it (set by ruraldesk.app); switch_workspace() replaces both</extracomment>
        <translation>Wczytywanie danych przykładowych</translation>
    </message>
    <message>
        <source>Stopped loading demo data; what was loaded stays.</source>
        <translation>Przerwano wczytywanie danych przykładowych; to, co już wczytano, pozostaje.</translation>
    </message>
    <message>
        <source>The new data folder is used from the next start.</source>
        <translation>Nowy folder danych będzie używany od następnego uruchomienia.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Another RuralDesk window is already working on this workspace ({path}). Switch to that window, or close it and try again.</source>
        <translation>Inne okno RuralDesk już korzysta z tego obszaru roboczego ({path}). Przejdź do tamtego okna albo je zamknij i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Choose a folder for your workspace</source>
        <translation>Wybierz folder na swój obszar roboczy</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Wybierz inny folder…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Kontynuuj</translation>
    </message>
    <message>
        <source>Only {free} MB are free where your workspace is kept ({path}). RuralDesk may not be able to save your changes. Free some space (empty the computer&apos;s trash, remove large files), then continue.</source>
        <translation>W miejscu, gdzie jest Twój obszar roboczy ({path}), zostało tylko {free} MB wolnego miejsca. RuralDesk może nie zdołać zapisać zmian. Zwolnij trochę miejsca (opróżnij kosz komputera, usuń duże pliki), a potem kontynuuj.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>RuralDesk is already open</source>
        <translation>RuralDesk jest już otwarty</translation>
    </message>
    <message>
        <source>RuralDesk keeps your workspace in {folder}, but cannot write there ({reason}). Choose another folder you can write to, such as one in your documents.</source>
        <translation>RuralDesk przechowuje Twój obszar roboczy w {folder}, ale nie może tam zapisywać ({reason}). Wybierz inny folder z prawem zapisu, na przykład w swoich dokumentach.</translation>
    </message>
    <message>
        <source>Show the backups</source>
        <translation>Pokaż kopie zapasowe</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <extracomment>below this much free space a warning comes before anything is written</extracomment>
        <translation>Nie można użyć folderu danych</translation>
    </message>
    <message>
        <source>The disk is almost full</source>
        <translation>Dysk jest prawie pełny</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only. Choose another folder you can write to.</source>
        <translation>Folder {folder} jest tylko do odczytu. Wybierz inny folder z prawem zapisu.</translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation>Nie można otworzyć obszaru roboczego</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>dysk jest pełny</translation>
    </message>
    <message>
        <source>{problem}

RuralDesk keeps automatic backups of your workspace in {backups}. You can restore one by copying it over the damaged file.</source>
        <translation>{problem}

RuralDesk przechowuje automatyczne kopie zapasowe Twojego obszaru roboczego w {backups}. Możesz przywrócić jedną z nich, kopiując ją w miejsce uszkodzonego pliku.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>K&amp;onflikty…</translation>
    </message>
    <message>
        <source>&amp;Disconnect from the server…</source>
        <translation>&amp;Rozłącz z serwerem…</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupa:</translation>
    </message>
    <message>
        <source>&amp;Group…</source>
        <translation>&amp;Grupa…</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>Kod &amp;zaproszenia:</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <extracomment>passed on to the Transport (tests shorten the back-off) seconds the first question to the server may take, retries included callables(report) run on the UI thread after a sync that finished (ui/whatsnew.py)</extracomment>
        <translation>&amp;Synchronizuj teraz</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Twoje imię:</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Załącznika jeszcze tu nie ma</translation>
    </message>
    <message>
        <source>Attachment not on the server</source>
        <translation>Załącznika nie ma na serwerze</translation>
    </message>
    <message>
        <source>Changes waiting: {count}</source>
        <translation>Zmiany czekające: {count}</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Sprawdź i zapisz</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <source>Conflicts: {count}</source>
        <translation>Konflikty: {count}</translation>
    </message>
    <message>
        <source>Connected. Your token is kept in {where}.</source>
        <translation>Połączono. Twój token jest przechowywany w: {where}.</translation>
    </message>
    <message>
        <source>Connection check</source>
        <translation>Sprawdzanie połączenia</translation>
    </message>
    <message>
        <source>Could not download</source>
        <translation>Nie udało się pobrać</translation>
    </message>
    <message>
        <source>Could not keep the token: {error}</source>
        <translation>Nie udało się zachować tokenu: {error}</translation>
    </message>
    <message>
        <source>Disconnect from the server</source>
        <translation>Rozłącz z serwerem</translation>
    </message>
    <message>
        <source>Downloading the attachment</source>
        <translation>Pobieranie załącznika</translation>
    </message>
    <message>
        <source>Enter the server address (starting with https://) and the group.</source>
        <translation>Wpisz adres serwera (zaczynający się od https://) i nazwę grupy.</translation>
    </message>
    <message>
        <source>Enter the token your coordinator gave you.</source>
        <translation>Wpisz token otrzymany od koordynatora.</translation>
    </message>
    <message>
        <source>Everything is saved on this computer. Use Sync → Set up sync… to share it with your group.</source>
        <translation>Wszystko jest zapisane na tym komputerze. Użyj polecenia Synchronizacja → Konfiguruj synchronizację…, aby udostępnić to swojej grupie.</translation>
    </message>
    <message>
        <source>Group “{group}” at {url}</source>
        <translation>Grupa „{group}” na {url}</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Kod zaproszenia</translation>
    </message>
    <message>
        <source>Joining the group…</source>
        <translation>Dołączanie do grupy…</translation>
    </message>
    <message>
        <source>Large change from the server</source>
        <translation>Duża zmiana z serwera</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Nie zapisano: {why}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Jeszcze nie zsynchronizowano</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Nierozwiązane konflikty</translation>
    </message>
    <message>
        <source>Or, with a personal token:</source>
        <translation>Albo z osobistym tokenem:</translation>
    </message>
    <message>
        <source>Paste the invitation code your coordinator sent you: it holds the server&apos;s address and the group. With a personal token instead, leave it empty and fill in the fields below. The token is kept in the system&apos;s password store when there is one, otherwise in a file only you can read.</source>
        <translation>Wklej kod zaproszenia, który przysłał Ci koordynator: zawiera adres serwera i grupę. Jeśli masz osobisty token, zostaw to pole puste i wypełnij pola poniżej. Token jest przechowywany w systemowym magazynie haseł, jeśli istnieje, a w przeciwnym razie w pliku, który tylko Ty możesz odczytać.</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Rozstrzygnij…</translation>
    </message>
    <message>
        <source>S&amp;top syncing</source>
        <translation>&amp;Zatrzymaj synchronizację</translation>
    </message>
    <message>
        <source>Send your changes to the group server and get everyone else&apos;s</source>
        <translation>Wyślij swoje zmiany na serwer grupy i pobierz zmiany pozostałych osób</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adres serwera:</translation>
    </message>
    <message>
        <source>Set &amp;up sync…</source>
        <translation>&amp;Konfiguruj synchronizację…</translation>
    </message>
    <message>
        <source>Set up sync</source>
        <translation>Konfiguruj synchronizację</translation>
    </message>
    <message>
        <source>Stop syncing this workspace with the group server? Your records stay on this computer; changes not yet sent stay waiting. You can set up sync again later.</source>
        <translation>Zatrzymać synchronizację tego obszaru roboczego z serwerem grupy? Twoje wpisy pozostaną na tym komputerze; niewysłane zmiany będą nadal czekać. Synchronizację możesz później skonfigurować ponownie.</translation>
    </message>
    <message>
        <source>Syncing… {stage}</source>
        <translation>Synchronizacja… {stage}</translation>
    </message>
    <message>
        <source>The group server does not have this file yet: the person who attached it has not synced since.</source>
        <translation>Serwer grupy nie ma jeszcze tego pliku: osoba, która go załączyła, od tamtej pory nie synchronizowała danych.</translation>
    </message>
    <message>
        <source>The group server refused a change to this record ({fields}).</source>
        <translation>Serwer grupy odrzucił zmianę tego wpisu ({fields}).</translation>
    </message>
    <message>
        <source>The group server&apos;s changes would move {deletes} records to the trash, erase {erasures} and change {overwrites} — {total} of your {records} records ({share}).

This can be right (someone tidied up the shared records) or a mistake. Apply these changes now?</source>
        <translation>Zmiany z serwera grupy przeniosłyby do kosza wpisy ({deletes}), trwale usunęły {erasures} i zmieniły {overwrites} — razem {total} z Twoich {records} wpisów ({share}).

To może być zamierzone (ktoś uporządkował wspólne wpisy) albo pomyłka. Zastosować te zmiany teraz?</translation>
    </message>
    <message>
        <source>The group&apos;s members; for coordinators, invitations, roles and people&apos;s data requests</source>
        <translation>Członkowie grupy; dla koordynatorów zaproszenia, role i wnioski dotyczące danych osobowych</translation>
    </message>
    <message>
        <source>This file is not on this computer, and this workspace is not connected to a group server.</source>
        <translation>Tego pliku nie ma na tym komputerze, a ten obszar roboczy nie jest połączony z serwerem grupy.</translation>
    </message>
    <message>
        <source>This record is in conflict ({fields}): two people changed it at once.</source>
        <translation>Ten wpis jest w konflikcie ({fields}): dwie osoby zmieniły go jednocześnie.</translation>
    </message>
    <message>
        <source>This workspace holds demo data. Demo data is fictional and never leaves this computer, so it cannot be shared with your group.

Use a new, empty workspace for your group&apos;s records? The demo workspace stays as it is.</source>
        <translation>Ten obszar roboczy zawiera dane demonstracyjne. Są fikcyjne i nigdy nie opuszczają tego komputera, więc nie można ich udostępnić grupie.

Użyć nowego, pustego obszaru roboczego dla wpisów grupy? Obszar demonstracyjny zostaje bez zmian.</translation>
    </message>
    <message>
        <source>Up to date · {when}</source>
        <translation>Aktualne · {when}</translation>
    </message>
    <message>
        <source>Working offline: no group server connected</source>
        <translation>Praca offline: brak połączenia z serwerem grupy</translation>
    </message>
    <message>
        <source>You are now in the new, empty workspace “{name}”. The demo workspace stays as it is.</source>
        <translation>Jesteś teraz w nowym, pustym obszarze roboczym „{name}”. Obszar demonstracyjny pozostaje bez zmian.</translation>
    </message>
    <message>
        <source>a file only you can read ({path})</source>
        <translation>pliku, który tylko Ty możesz odczytać ({path})</translation>
    </message>
    <message>
        <source>checking the server</source>
        <translation>sprawdzanie serwera</translation>
    </message>
    <message>
        <source>could not reach the server</source>
        <translation>nie udało się połączyć z serwerem</translation>
    </message>
    <message>
        <source>could not reach the server: {reason}</source>
        <translation>nie udało się połączyć z serwerem: {reason}</translation>
    </message>
    <message>
        <source>enter a new token under Sync → Set up sync…</source>
        <translation>wpisz nowy token w Synchronizacja → Skonfiguruj synchronizację…</translation>
    </message>
    <message>
        <source>kept from before; type to replace it</source>
        <translation>zachowany wcześniej; wpisz nowy, aby go zastąpić</translation>
    </message>
    <message>
        <source>last synced at {time}</source>
        <translation>ostatnia synchronizacja o {time}</translation>
    </message>
    <message>
        <source>optional: your name as the group knows it</source>
        <translation>opcjonalnie: Twoje imię, pod którym zna Cię grupa</translation>
    </message>
    <message>
        <source>press F5 to try again</source>
        <translation>naciśnij F5, aby spróbować ponownie</translation>
    </message>
    <message>
        <source>receiving attachments</source>
        <translation>odbieranie załączników</translation>
    </message>
    <message>
        <source>receiving changes</source>
        <translation>odbieranie zmian</translation>
    </message>
    <message>
        <source>saving what arrived</source>
        <translation>zapisywanie odebranych danych</translation>
    </message>
    <message>
        <source>sending attachments</source>
        <translation>wysyłanie załączników</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>wysyłanie zmian</translation>
    </message>
    <message>
        <source>set up sync in a new, empty workspace</source>
        <translation>skonfiguruj synchronizację w nowym, pustym obszarze roboczym</translation>
    </message>
    <message>
        <source>something went wrong</source>
        <translation>coś poszło nie tak</translation>
    </message>
    <message>
        <source>something went wrong ({reason}); the details are in the log</source>
        <translation>coś poszło nie tak ({reason}); szczegóły są w dzienniku</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>zatrzymywanie</translation>
    </message>
    <message>
        <source>the server did not accept this token for this group; check it, or ask your coordinator for a new one</source>
        <translation>serwer nie przyjął tego tokenu dla tej grupy; sprawdź go albo poproś koordynatora o nowy</translation>
    </message>
    <message>
        <source>the server did not accept your token</source>
        <translation>serwer nie przyjął Twojego tokenu</translation>
    </message>
    <message>
        <source>the server did not accept your token; ask your coordinator for a new one and enter it under Sync → Set up sync…</source>
        <translation>serwer nie przyjął Twojego tokenu; poproś koordynatora o nowy i wpisz go w Synchronizacja → Konfiguruj synchronizację…</translation>
    </message>
    <message>
        <source>the server refused the request</source>
        <translation>serwer odrzucił żądanie</translation>
    </message>
    <message>
        <source>the server refused the request: {reason}</source>
        <translation>serwer odrzucił żądanie: {reason}</translation>
    </message>
    <message>
        <source>the system&apos;s password store</source>
        <translation>systemowym magazynie haseł</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never leaves this computer; set up sync in a new, empty workspace</source>
        <translation>ten obszar roboczy zawiera dane demonstracyjne, które nigdy nie opuszczają tego komputera; skonfiguruj synchronizację w nowym, pustym obszarze roboczym</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never syncs</source>
        <translation>ten obszar roboczy zawiera dane demonstracyjne, których się nie synchronizuje</translation>
    </message>
    <message>
        <source>trying again at {time}</source>
        <translation>kolejna próba o {time}</translation>
    </message>
    <message>
        <source>you chose not to apply the server&apos;s large change</source>
        <translation>postanowiono nie stosować dużej zmiany z serwera</translation>
    </message>
    <message>
        <source>you stopped it</source>
        <translation>synchronizacja została zatrzymana</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} z {total}</translation>
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
        <translation>Agroekologia</translation>
    </message>
    <message>
        <source>Co-design with authorities</source>
        <translation>Współprojektowanie z władzami</translation>
    </message>
    <message>
        <source>Community transport</source>
        <translation>Transport społeczny</translation>
    </message>
    <message>
        <source>Digital platform cooperatives</source>
        <translation>Spółdzielnie platform cyfrowych</translation>
    </message>
    <message>
        <source>Education and services</source>
        <translation>Edukacja i usługi</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energia</translation>
    </message>
    <message>
        <source>Energy communities</source>
        <translation>Społeczności energetyczne</translation>
    </message>
    <message>
        <source>Enterprise development and employment</source>
        <translation>Rozwój przedsiębiorczości i zatrudnienie</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Zdrowie</translation>
    </message>
    <message>
        <source>Local entrepreneurship</source>
        <translation>Przedsiębiorczość lokalna</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilność</translation>
    </message>
    <message>
        <source>Policy and legal frameworks</source>
        <translation>Ramy polityczne i prawne</translation>
    </message>
    <message>
        <source>Short food supply chains</source>
        <translation>Krótkie łańcuchy dostaw żywności</translation>
    </message>
    <message>
        <source>Social inclusion</source>
        <translation>Włączenie społeczne</translation>
    </message>
    <message>
        <source>Solidarity networks</source>
        <translation>Sieci solidarności</translation>
    </message>
    <message>
        <source>Sustainable agriculture and food</source>
        <translation>Zrównoważone rolnictwo i żywność</translation>
    </message>
    <message>
        <source>Work integration</source>
        <translation>Integracja przez pracę</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>&amp;Back up the workspace to a file…</source>
        <translation>&amp;Utwórz kopię zapasową obszaru roboczego…</translation>
    </message>
    <message>
        <source>&amp;Contacts to merge (ticked):</source>
        <translation>&amp;Kontakty do scalenia (zaznaczone):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Kraj:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodowanie:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Usuń trwale</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Grupy:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>&quot;(detected)&quot; marks what the detector said, not whatever the file was read again with</extracomment>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <extracomment>the CSV export&apos;s BOM choice is remembered for the session</extracomment>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Zachowaj:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Scal</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>&amp;Otwórz kontakt</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Otwórz wpis</translation>
    </message>
    <message>
        <source>&amp;Practice sheet…</source>
        <translation>&amp;Karta praktyki…</translation>
    </message>
    <message>
        <source>&amp;Read it this way</source>
        <translation>&amp;Odczytaj w ten sposób</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Wpisy:</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup file…</source>
        <translation>&amp;Przywróć z pliku kopii zapasowej…</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <source>&amp;Use this country</source>
        <translation>&amp;Użyj tego kraju</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>(wykryto)</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(nieczytelne)</translation>
    </message>
    <message>
        <source>(nothing to compare)</source>
        <translation>(nie ma czego porównać)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {size}, {count} columns</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {size}, kolumny: {count}</translation>
    </message>
    <message>
        <source>A .vcf file that address books and phones can read.</source>
        <translation>Plik .vcf, który odczytają książki adresowe i telefony.</translation>
    </message>
    <message>
        <source>A backup can only be restored into an empty workspace, and this one already holds {practices} practices, {contacts} contacts and {tools} tools. Nothing was changed.

To restore, choose a new, empty data folder under File → Settings, restart RuralDesk, and restore there.</source>
        <translation>Kopię zapasową można przywrócić tylko do pustego obszaru roboczego, a ten zawiera już praktyki ({practices}), kontakty ({contacts}) i narzędzia ({tools}). Niczego nie zmieniono.

Aby przywrócić kopię, wybierz nowy, pusty folder danych w menu Plik → Ustawienia, uruchom ponownie RuralDesk i przywróć ją tam.</translation>
    </message>
    <message>
        <source>A printable sheet (PDF or Markdown) of the practice shown, or of several</source>
        <translation>Karta do druku (PDF lub Markdown) wyświetlanej praktyki albo kilku praktyk</translation>
    </message>
    <message>
        <source>A sheet to print or share: the key facts, what was done, what was learned, and who to ask. Headings are in each practice&apos;s language.</source>
        <translation>Karta do wydruku lub udostępnienia: najważniejsze fakty, co zrobiono, czego się nauczono i kogo pytać. Nagłówki są w języku danej praktyki.</translation>
    </message>
    <message>
        <source>A sync is running. Wait until it has finished, then restore again.</source>
        <translation>Trwa synchronizacja. Poczekaj, aż się zakończy, a potem ponów przywracanie.</translation>
    </message>
    <message>
        <source>Attachments not on this computer (kept on the group server) are not in the backup: {count}.</source>
        <translation>Załączniki, których nie ma na tym komputerze (są na serwerze grupy), nie trafiły do kopii: {count}.</translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation>Kopia zapasowa obszaru roboczego</translation>
    </message>
    <message>
        <source>Backed up {records} records and {files} attachment files to {path}.</source>
        <translation>Kopia zapisana w {path}: wpisy: {records}, pliki załączników: {files}.</translation>
    </message>
    <message>
        <source>Backing up to {name}</source>
        <translation>Tworzenie kopii zapasowej w {name}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Kopia zapasowa utworzona</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Kopia zapasowa przywrócona</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>Kopie zapasowe (*.zip)</translation>
    </message>
    <message>
        <source>Backups (*.zip);;All files (*)</source>
        <translation>Kopie zapasowe (*.zip);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Bring a backup back into an empty workspace</source>
        <translation>Przywróć kopię zapasową do pustego obszaru roboczego</translation>
    </message>
    <message>
        <source>Bring in contacts, practices or tools from a CSV/TSV table or a vCard file</source>
        <translation>Wczytaj kontakty, praktyki lub narzędzia z tabeli CSV/TSV albo pliku vCard</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tabele CSV (*.csv)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Wizytówka</translation>
    </message>
    <message>
        <source>Cards read: {count}</source>
        <translation>Odczytane wizytówki: {count}</translation>
    </message>
    <message>
        <source>Cards with a problem: {count}</source>
        <translation>Wizytówki z problemem: {count}</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>Sprawdzanie {name}</translation>
    </message>
    <message>
        <source>Choose the encoding</source>
        <translation>Wybierz kodowanie</translation>
    </message>
    <message>
        <source>Choose the field each column goes into, or leave it out.</source>
        <translation>Wybierz pole dla każdej kolumny albo ją pomiń.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumna w pliku</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}</source>
        <translation>Nieimportowane kolumny: {columns}</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Kolumny pliku</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Przecinek ( , )</translation>
    </message>
    <message>
        <source>Contact to keep</source>
        <translation>Kontakt do zachowania</translation>
    </message>
    <message>
        <source>Contacts that look like the same person or organisation, to merge</source>
        <translation>Kontakty, które wyglądają na tę samą osobę lub organizację, do scalenia</translation>
    </message>
    <message>
        <source>Contacts to merge</source>
        <translation>Kontakty do scalenia</translation>
    </message>
    <message>
        <source>Country of the phone numbers</source>
        <translation>Kraj numerów telefonów</translation>
    </message>
    <message>
        <source>Delete the contact for good, everywhere, and list the mentions to review</source>
        <translation>Usuń kontakt trwale i wszędzie oraz pokaż wzmianki do przejrzenia</translation>
    </message>
    <message>
        <source>Double-click to open the contact already here</source>
        <translation>Kliknij dwukrotnie, aby otworzyć istniejący kontakt</translation>
    </message>
    <message>
        <source>Duplicate contacts</source>
        <translation>Zduplikowane kontakty</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>&amp;Trwale usuń tę osobę…</translation>
    </message>
    <message>
        <source>E&amp;xport everything about this person…</source>
        <translation>E&amp;ksportuj wszystko o tej osobie…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Usuń trwale</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Trwale usuń tę osobę</translation>
    </message>
    <message>
        <source>Erase “{name}” and everything held about them?</source>
        <translation>Usunąć „{name}” i wszystko, co jest o tej osobie przechowywane?</translation>
    </message>
    <message>
        <source>Erasing {name}</source>
        <translation>Usuwanie: {name}</translation>
    </message>
    <message>
        <source>Every contact in the list ({count})</source>
        <translation>Wszystkie kontakty z listy ({count})</translation>
    </message>
    <message>
        <source>Every practice in the list ({count}), in one document</source>
        <translation>Wszystkie praktyki z listy ({count}) w jednym dokumencie</translation>
    </message>
    <message>
        <source>Every row must be right before anything is imported. Fix these rows in the file and import it again, or import only the valid rows.</source>
        <translation>Każdy wiersz musi być poprawny, zanim cokolwiek zostanie zaimportowane. Popraw te wiersze w pliku i zaimportuj go ponownie albo zaimportuj tylko poprawne wiersze.</translation>
    </message>
    <message>
        <source>Everything about “{name}” was saved to {path}</source>
        <translation>Wszystko o „{name}” zapisano w {path}</translation>
    </message>
    <message>
        <source>Everything in this workspace, attachments included, in one file</source>
        <translation>Cały obszar roboczy, razem z załącznikami, w jednym pliku</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Przykład</translation>
    </message>
    <message>
        <source>Excel on Windows shows accented letters correctly only with this mark</source>
        <translation>Excel w Windows poprawnie pokazuje polskie znaki tylko z tym znacznikiem</translation>
    </message>
    <message>
        <source>Export contacts as &amp;vCard…</source>
        <translation>Eksportuj kontakty do &amp;vCard…</translation>
    </message>
    <message>
        <source>Export contacts as vCard</source>
        <translation>Eksportuj kontakty do vCard</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Eksportuj wszystko o tej osobie</translation>
    </message>
    <message>
        <source>Export list as &amp;CSV…</source>
        <translation>Eksportuj listę do &amp;CSV…</translation>
    </message>
    <message>
        <source>Export list as CSV</source>
        <translation>Eksportuj listę do CSV</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Eksportuj:</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {path}</source>
        <translation>Wyeksportowano kontakty do {path}: {count}</translation>
    </message>
    <message>
        <source>Exported {count} records to {path}</source>
        <translation>Wyeksportowano wpisy do {path}: {count}</translation>
    </message>
    <message>
        <source>Exporting to {name}</source>
        <translation>Eksportowanie do {name}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Plik do zaimportowania</translation>
    </message>
    <message>
        <source>Find &amp;duplicate contacts…</source>
        <translation>Znajdź &amp;duplikaty kontaktów…</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Znaleziono</translation>
    </message>
    <message>
        <source>Groups of likely duplicates</source>
        <translation>Grupy prawdopodobnych duplikatów</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation>Importuj &amp;jako:</translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>Importuj tabelę</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Szczegóły importu</translation>
    </message>
    <message>
        <source>Import findings</source>
        <translation>Ustalenia importu</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importuj do</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Raport z importu</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Wynik importu</translation>
    </message>
    <message>
        <source>Import the column “{name}” into</source>
        <translation>Importuj kolumnę „{name}” do</translation>
    </message>
    <message>
        <source>Import the rows without a problem and leave the others out</source>
        <translation>Zaimportuj wiersze bez problemów, a pozostałe pomiń</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>Zaimportuj tylko poprawne wiersze</translation>
    </message>
    <message>
        <source>Import the valid rows only ({count})</source>
        <translation>Zaimportuj tylko poprawne wiersze ({count})</translation>
    </message>
    <message>
        <source>Imported: {count}</source>
        <translation>Zaimportowano: {count}</translation>
    </message>
    <message>
        <source>Imported: {count} {what}.</source>
        <translation>Zaimportowano: {count} {what}.</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Importowanie {name}</translation>
    </message>
    <message>
        <source>It did not work: {reason}</source>
        <translation>Nie udało się: {reason}</translation>
    </message>
    <message>
        <source>Its links are removed from {count} linked records.</source>
        <translation>Powiązania z nim zostaną usunięte z powiązanych wpisów ({count}).</translation>
    </message>
    <message>
        <source>Its past values are scrubbed from the history of changes.</source>
        <translation>Jego dawne wartości zostaną wymazane z historii zmian.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Pliki JSON (*.json)</translation>
    </message>
    <message>
        <source>Looking for duplicate contacts</source>
        <translation>Wyszukiwanie zduplikowanych kontaktów</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Przypomina</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Tekst Markdown</translation>
    </message>
    <message>
        <source>Mentions of the person&apos;s name, e-mails or phones in other records&apos; text are not changed: you get a list of them to review afterwards.</source>
        <translation>Wzmianki o imieniu i nazwisku, adresach e-mail lub telefonach tej osoby w tekście innych wpisów nie zostaną zmienione: otrzymasz potem ich listę do przejrzenia.</translation>
    </message>
    <message>
        <source>Mentions to review</source>
        <translation>Wzmianki do przejrzenia</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Scal kontakty</translation>
    </message>
    <message>
        <source>Merge the ticked contacts into the one kept</source>
        <translation>Scal zaznaczone kontakty z tym, który zostaje</translation>
    </message>
    <message>
        <source>Merged {count} contacts into one; records relinked: {relinked}.</source>
        <translation>Scalono kontakty w jeden: {count}; ponownie powiązane wpisy: {relinked}.</translation>
    </message>
    <message>
        <source>Names as {encoding} reads them</source>
        <translation>Nazwiska odczytane jako {encoding}</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>Nie utworzono kopii zapasowej: {reason}</translation>
    </message>
    <message>
        <source>No column goes into a field yet: choose at least one.</source>
        <translation>Żadna kolumna nie trafia jeszcze do pola: wybierz co najmniej jedną.</translation>
    </message>
    <message>
        <source>No likely duplicates</source>
        <translation>Brak prawdopodobnych duplikatów</translation>
    </message>
    <message>
        <source>No likely duplicates were found.</source>
        <translation>Nie znaleziono prawdopodobnych duplikatów.</translation>
    </message>
    <message>
        <source>No other record links to it.</source>
        <translation>Żaden inny wpis nie jest z nim powiązany.</translation>
    </message>
    <message>
        <source>No phone region is set for this workspace.</source>
        <translation>Dla tego obszaru roboczego nie ustawiono regionu telefonicznego.</translation>
    </message>
    <message>
        <source>Not imported ({count})</source>
        <translation>Nie zaimportowano ({count})</translation>
    </message>
    <message>
        <source>Not imported: no country was chosen for the phone numbers of {name}. Nothing was changed.</source>
        <translation>Nie zaimportowano: nie wybrano kraju dla numerów telefonów z {name}. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Not imported: no encoding was chosen for {name}. Nothing was changed.</source>
        <translation>Nie zaimportowano: nie wybrano kodowania dla {name}. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Not set (asked when needed)</source>
        <translation>Nie ustawiono (pytanie w razie potrzeby)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>Nothing was erased: {reason}</source>
        <translation>Niczego nie usunięto: {reason}</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Niczego nie wyeksportowano: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Niczego nie zaimportowano.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file holds no records.</source>
        <translation>Niczego nie zaimportowano: plik nie zawiera wpisów.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Niczego nie zaimportowano: {reason}</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Niczego nie przywrócono: {reason}</translation>
    </message>
    <message>
        <source>Only the valid rows were imported; the rows below were left out.</source>
        <translation>Zaimportowano tylko poprawne wiersze; wiersze poniżej pominięto.</translation>
    </message>
    <message>
        <source>Open the highlighted contact</source>
        <translation>Otwórz podświetlony kontakt</translation>
    </message>
    <message>
        <source>Open the highlighted record</source>
        <translation>Otwórz podświetlony wpis</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Dokument PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Phone numbers without a country code</source>
        <translation>Numery telefonów bez numeru kierunkowego kraju</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as {country}.</source>
        <translation>Numery telefonów bez numeru kierunkowego kraju są odczytywane jako: {country}.</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Region telefoniczny</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Możliwe duplikaty</translation>
    </message>
    <message>
        <source>Possible duplicates ({count})</source>
        <translation>Możliwe duplikaty ({count})</translation>
    </message>
    <message>
        <source>Possibly already here: {count} (see “Possible duplicates”)</source>
        <translation>Być może już istnieją: {count} (zob. „Możliwe duplikaty”)</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Karta praktyki</translation>
    </message>
    <message>
        <source>Practice sheets written: {count}, in {path}</source>
        <translation>Zapisane karty praktyk: {count}, w {path}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Podgląd importu</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Podsumowanie podglądu</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemy</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problemy ({count})</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Właściwość</translation>
    </message>
    <message>
        <source>Read as {encoding}</source>
        <translation>Odczytaj jako {encoding}</translation>
    </message>
    <message>
        <source>Read as: {preset}</source>
        <translation>Odczytano jako: {preset}</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>Ponowne odczytywanie pliku…</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Odczytywanie {name}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gotowy</translation>
    </message>
    <message>
        <source>Recognised export</source>
        <translation>Rozpoznany eksport</translation>
    </message>
    <message>
        <source>Recognised: &lt;b&gt;{preset}&lt;/b&gt;. Its columns are matched below; check them before importing.</source>
        <translation>Rozpoznano: &lt;b&gt;{preset}&lt;/b&gt;. Jego kolumny są przypisane poniżej; sprawdź je przed importem.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Wpis</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Przywróć z pliku kopii zapasowej</translation>
    </message>
    <message>
        <source>Restore {count} records from {name} (made on {date}) into this empty workspace?</source>
        <translation>Przywrócić do tego pustego obszaru roboczego wpisy z {name} (utworzono {date})? Liczba wpisów: {count}</translation>
    </message>
    <message>
        <source>Restored {records} records and {files} attachment files from {name}.</source>
        <translation>Przywrócono z {name}: wpisy: {records}, pliki załączników: {files}.</translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation>Przywracanie {name}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; all ready to import.</source>
        <translation>Wiersze w podglądzie: {count}; wszystkie gotowe do importu.</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; with a problem: {bad}. Fix them in the file, or change the columns above.</source>
        <translation>Wiersze w podglądzie: {count}; z problemem: {bad}. Popraw je w pliku albo zmień kolumny powyżej.</translation>
    </message>
    <message>
        <source>Rows read: {count}</source>
        <translation>Odczytane wiersze: {count}</translation>
    </message>
    <message>
        <source>Rows with a problem: {count}</source>
        <translation>Wiersze z problemem: {count}</translation>
    </message>
    <message>
        <source>Save the list shown, with its columns and filters, as a table</source>
        <translation>Zapisz wyświetlaną listę, z jej kolumnami i filtrami, jako tabelę</translation>
    </message>
    <message>
        <source>Save the selected contacts, or the whole list, for an address book or a phone</source>
        <translation>Zapisz zaznaczone kontakty lub całą listę dla książki adresowej albo telefonu</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Średnik ( ; )</translation>
    </message>
    <message>
        <source>Show a contact first.</source>
        <translation>Najpierw wyświetl kontakt.</translation>
    </message>
    <message>
        <source>Show a practice, or the list of practices, to make sheets of them.</source>
        <translation>Wyświetl praktykę lub listę praktyk, aby przygotować ich karty.</translation>
    </message>
    <message>
        <source>Show the contacts (or search for some) and select the ones to export.</source>
        <translation>Wyświetl kontakty (lub wyszukaj je) i zaznacz te do eksportu.</translation>
    </message>
    <message>
        <source>Stopped: {what}. Nothing was changed.</source>
        <translation>Zatrzymano: {what}. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Tables and address books (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Tabele i książki adresowe (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>The choice can still be changed under “Encoding” in the next step.</source>
        <translation>Wybór można jeszcze zmienić w polu „Kodowanie” w następnym kroku.</translation>
    </message>
    <message>
        <source>The contact is deleted from this computer for good: not to the trash, and it cannot be undone.</source>
        <translation>Kontakt zostanie trwale usunięty z tego komputera: nie trafi do kosza i nie można tego cofnąć.</translation>
    </message>
    <message>
        <source>The contact, its history and every record linked to or mentioning it, as JSON</source>
        <translation>Kontakt, jego historia i każdy wpis z nim powiązany lub o nim wspominający, w formacie JSON</translation>
    </message>
    <message>
        <source>The contacts were not exported: {reason}</source>
        <translation>Kontaktów nie wyeksportowano: {reason}</translation>
    </message>
    <message>
        <source>The contacts were not merged: {reason}</source>
        <translation>Kontaktów nie scalono: {reason}</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code, for this workspace</source>
        <translation>Kraj numerów telefonów zapisanych bez numeru kierunkowego kraju, dla tego obszaru roboczego</translation>
    </message>
    <message>
        <source>The file cannot be previewed: {reason}</source>
        <translation>Nie można wyświetlić podglądu pliku: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read that way: {reason}</source>
        <translation>Nie można odczytać pliku w ten sposób: {reason}</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows with a problem are marked; the import stops if any row of the file has one.</source>
        <translation>Pierwsze wiersze w takiej postaci, w jakiej zostaną zapisane. Wiersze z problemem są oznaczone; import zostanie przerwany, jeśli którykolwiek wiersz pliku ma problem.</translation>
    </message>
    <message>
        <source>The letters of {name} can be read in more than one way, and we cannot tell which is right. Choose the column where the names are written correctly.</source>
        <translation>Litery w {name} można odczytać na kilka sposobów i nie wiemy, który jest właściwy. Wybierz kolumnę, w której nazwiska są zapisane poprawnie.</translation>
    </message>
    <message>
        <source>The list was not exported: {reason}</source>
        <translation>Listy nie wyeksportowano: {reason}</translation>
    </message>
    <message>
        <source>The phone region was not saved: {reason}</source>
        <translation>Nie zapisano regionu telefonicznego: {reason}</translation>
    </message>
    <message>
        <source>The practice shown: {title}</source>
        <translation>Wyświetlana praktyka: {title}</translation>
    </message>
    <message>
        <source>The records the search found, with the columns the list shows for their type.</source>
        <translation>Wpisy znalezione przez wyszukiwanie, z kolumnami, które lista pokazuje dla ich typu.</translation>
    </message>
    <message>
        <source>The search for duplicates stopped: {reason}</source>
        <translation>Wyszukiwanie duplikatów przerwano: {reason}</translation>
    </message>
    <message>
        <source>The search found nothing to export.</source>
        <translation>Wyszukiwanie nie znalazło nic do eksportu.</translation>
    </message>
    <message>
        <source>The selected contacts ({count})</source>
        <translation>Zaznaczone kontakty ({count})</translation>
    </message>
    <message>
        <source>The selected practices ({count}), in one document</source>
        <translation>Zaznaczone praktyki ({count}) w jednym dokumencie</translation>
    </message>
    <message>
        <source>The sheet was not written: {reason}</source>
        <translation>Karty nie zapisano: {reason}</translation>
    </message>
    <message>
        <source>The trash cannot be exported. Choose practices, contacts, tools or themes.</source>
        <translation>Kosza nie można wyeksportować. Wybierz praktyki, kontakty, narzędzia lub tematy.</translation>
    </message>
    <message>
        <source>These contacts look like the same person or organisation. Merging keeps one contact, fills its empty fields from the others, moves every link and attachment to it, and moves the others to the trash (restorable).</source>
        <translation>Te kontakty wyglądają na tę samą osobę lub organizację. Scalenie zachowuje jeden kontakt, uzupełnia jego puste pola danymi z pozostałych, przenosi do niego wszystkie powiązania i załączniki, a pozostałe kontakty przenosi do kosza (można je przywrócić).</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}</source>
        <translation>Nie można zaimportować tego pliku: {reason}</translation>
    </message>
    <message>
        <source>This file cannot be restored: {reason}</source>
        <translation>Nie można przywrócić tego pliku: {reason}</translation>
    </message>
    <message>
        <source>This is asked once and kept for the workspace; File → Settings changes it. Numbers with a country code, and rows that name a country, are read as they are.</source>
        <translation>To pytanie pada tylko raz, a odpowiedź zostaje zapisana dla obszaru roboczego; można ją zmienić w menu Plik → Ustawienia. Numery z numerem kierunkowym kraju i wiersze podające kraj są odczytywane bez zmian.</translation>
    </message>
    <message>
        <source>This row has a problem</source>
        <translation>Ten wiersz ma problem</translation>
    </message>
    <message>
        <source>This workspace is not shared with a group server; copies elsewhere (backups, exports) are not touched.</source>
        <translation>Ten obszar roboczy nie jest udostępniany przez serwer grupy; kopie w innych miejscach (kopie zapasowe, eksporty) pozostaną nietknięte.</translation>
    </message>
    <message>
        <source>This workspace is shared: the erasure is sent to the group server at the next sync, and every member&apos;s copy erases it too.</source>
        <translation>Ten obszar roboczy jest udostępniany: usunięcie trafi na serwer grupy przy następnej synchronizacji i zostanie wykonane także w kopii każdego członka.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>UTF-8 with &amp;BOM, for Excel</source>
        <translation>UTF-8 z &amp;BOM, dla Excela</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <extracomment>the collections a table can be imported into</extracomment>
        <translation>UTF-8 z BOM</translation>
    </message>
    <message>
        <source>UTF-8 with BOM, for Excel</source>
        <translation>UTF-8 z BOM, dla Excela</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Kreska pionowa ( | )</translation>
    </message>
    <message>
        <source>Wait until the work in progress (an import, an export) has finished, then restore again.</source>
        <translation>Poczekaj, aż zakończy się trwająca praca (import, eksport), a potem ponów przywracanie.</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Ostrzeżenia ({count})</translation>
    </message>
    <message>
        <source>What erasing does</source>
        <translation>Co oznacza trwałe usunięcie</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>Dlaczego są podobne</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>Dlaczego: {reasons}</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>Zapisywanie {name}</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>kolumna {number}</translation>
    </message>
    <message>
        <source>created {date}</source>
        <translation>utworzono {date}</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>faks</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domowy</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>komórkowy</translation>
    </message>
    <message>
        <source>other</source>
        <translation>inny</translation>
    </message>
    <message>
        <source>practice-sheets</source>
        <translation>karty-praktyk</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>tym pliku</translation>
    </message>
    <message>
        <source>vCard 3.0 (older phones)</source>
        <translation>vCard 3.0 (starsze telefony)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Pliki vCard (*.vcf)</translation>
    </message>
    <message>
        <source>work</source>
        <translation>służbowy</translation>
    </message>
    <message>
        <source>{name} holds phone numbers without a country code (such as “{example}”) on rows that name no country. In which country are they?</source>
        <translation>{name} zawiera numery telefonów bez numeru kierunkowego kraju (np. „{example}”) w wierszach, które nie podają kraju. Z jakiego kraju są te numery?</translation>
    </message>
    <message>
        <source>{name} — {details}</source>
        <translation>{name} — {details}</translation>
    </message>
    <message>
        <source>{what}: every record the list shows ({count}), with its filters, its order and the columns shown.</source>
        <translation>{what}: wszystkie wpisy widoczne na liście ({count}), z jej filtrami, kolejnością i wyświetlanymi kolumnami.</translation>
    </message>
    <message>
        <source>{what}: {count} found</source>
        <translation>{what}: znaleziono {count}</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>— pomiń —</translation>
    </message>
    <message>
        <source>“{name}” was erased.</source>
        <translation>Usunięto „{name}”.</translation>
    </message>
    <message>
        <source>“{name}” was erased. No other record mentions them in its text.</source>
        <translation>Usunięto „{name}”. Żaden inny wpis nie wspomina o tej osobie w swoim tekście.</translation>
    </message>
    <message>
        <source>“{name}” was erased. These records still mention them in their text. Open each one and remove or reword the mention where it is personal data.</source>
        <translation>Usunięto „{name}”. Te wpisy nadal wspominają o tej osobie w swoim tekście. Otwórz każdy z nich i usuń lub przeredaguj wzmiankę tam, gdzie stanowi ona dane osobowe.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Give the currency of the funding amount</source>
        <translation>Podaj walutę kwoty finansowania</translation>
    </message>
    <message>
        <source>Region {value} is not in {country}</source>
        <translation>Region {value} nie leży w kraju {country}</translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation>Data zakończenia jest wcześniejsza niż data rozpoczęcia</translation>
    </message>
    <message>
        <source>Unknown field “{value}”</source>
        <translation>Nieznane pole „{value}”</translation>
    </message>
    <message>
        <source>{label} cannot be negative</source>
        <translation>{label}: wartość nie może być ujemna</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label}: pole jest wymagane</translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters, at most {limit})</source>
        <translation>{label}: tekst jest za długi ({length} znaków, maksymalnie {limit})</translation>
    </message>
    <message>
        <source>{label} must be a list</source>
        <translation>{label}: wymagana jest lista</translation>
    </message>
    <message>
        <source>{label} must be a list of text</source>
        <translation>{label}: wymagana jest lista tekstów</translation>
    </message>
    <message>
        <source>{label} must be a number, not “{value}”</source>
        <translation>{label}: wymagana jest liczba, a nie „{value}”</translation>
    </message>
    <message>
        <source>{label} must be a whole number</source>
        <translation>{label}: wymagana jest liczba całkowita</translation>
    </message>
    <message>
        <source>{label} must be text</source>
        <translation>{label}: wymagany jest tekst</translation>
    </message>
    <message>
        <source>{label}: each entry needs a value</source>
        <translation>{label}: każda pozycja musi mieć wartość</translation>
    </message>
    <message>
        <source>“{value}” is not a NUTS region code</source>
        <translation>„{value}” nie jest kodem regionu NUTS</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD)</source>
        <translation>„{value}” nie jest datą (użyj formatu RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number (use +country code, e.g. +351 21 000 0000)</source>
        <translation>„{value}” nie jest numerem telefonu (użyj +kierunkowego kraju, np. +48 22 000 00 00)</translation>
    </message>
    <message>
        <source>“{value}” is not a possible phone number</source>
        <translation>„{value}” nie może być numerem telefonu</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>„{value}” nie jest identyfikatorem wpisu</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address</source>
        <translation>„{value}” nie jest prawidłowym adresem e-mail</translation>
    </message>
    <message>
        <source>“{value}” is not a web address (it should start with https://)</source>
        <translation>„{value}” nie jest adresem internetowym (powinien zaczynać się od https://)</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 3166 country code</source>
        <translation>„{value}” nie jest kodem kraju ISO 3166</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 4217 currency code</source>
        <translation>„{value}” nie jest kodem waluty ISO 4217</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 639 language code</source>
        <translation>„{value}” nie jest kodem języka ISO 639</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>„{value}” nie jest żadną z wartości: {choices}</translation>
    </message>
</context>
<context>
    <name>WhatsNew</name>
    <message>
        <source>&amp;What&apos;s new</source>
        <translation>&amp;Co nowego</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(bez tytułu)</translation>
    </message>
    <message>
        <source>By {who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>Changed contact: {title}</source>
        <translation>Zmieniony kontakt: {title}</translation>
    </message>
    <message>
        <source>Changed practice: {title}</source>
        <translation>Zmieniona praktyka: {title}</translation>
    </message>
    <message>
        <source>Changed tool: {title}</source>
        <translation>Zmienione narzędzie: {title}</translation>
    </message>
    <message>
        <source>Everything here is read.</source>
        <translation>Wszystko przeczytane.</translation>
    </message>
    <message>
        <source>First sync: {items} from your group</source>
        <translation>Pierwsza synchronizacja: {items} od Twojej grupy</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>Oznacz &amp;wszystko jako przeczytane</translation>
    </message>
    <message>
        <source>Mark everything in What&apos;s new as read</source>
        <translation>Oznacz wszystko w „Co nowego” jako przeczytane</translation>
    </message>
    <message>
        <source>New contact: {title}</source>
        <translation>Nowy kontakt: {title}</translation>
    </message>
    <message>
        <source>New practice: {title}</source>
        <translation>Nowa praktyka: {title}</translation>
    </message>
    <message>
        <source>New tool: {title}</source>
        <translation>Nowe narzędzie: {title}</translation>
    </message>
    <message>
        <source>Nothing new from your group yet. When others add or change practices, contacts or tools, they are listed here after a sync.</source>
        <translation>Na razie nic nowego od Twojej grupy. Gdy inni dodadzą lub zmienią praktyki, kontakty albo narzędzia, pojawią się tutaj po synchronizacji.</translation>
    </message>
    <message>
        <source>Only &amp;unread</source>
        <translation>Tylko &amp;nieprzeczytane</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Tego wpisu już tu nie ma.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <source>Unread: {line}</source>
        <translation>Nieprzeczytane: {line}</translation>
    </message>
    <message>
        <source>What arrived from your group</source>
        <translation>Co przyszło od Twojej grupy</translation>
    </message>
    <message>
        <source>What your group added or changed since you last looked</source>
        <translation>Co Twoja grupa dodała lub zmieniła od Twojej ostatniej wizyty</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Co nowego</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Wczoraj</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>ktoś</translation>
    </message>
    <message>
        <source>{day} · {who}: {counts}</source>
        <translation>{day} · {who}: {counts}</translation>
    </message>
    <message>
        <source>{items} from your group</source>
        <translation>{items} od Twojej grupy</translation>
    </message>
</context>
</TS>
