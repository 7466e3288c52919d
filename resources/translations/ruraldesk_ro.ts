<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO" sourcelanguage="en">
<context>
    <name>Attachments</name>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>No program to open this file</source>
        <translation>Niciun program nu poate deschide acest fișier</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Salvează o copie</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Salvează o copie…</translation>
    </message>
    <message>
        <source>This computer has no program that opens “{name}”. You can save a copy and open it later with a program of your choice.</source>
        <translation>Acest computer nu are niciun program care să deschidă „{name}”. Puteți salva o copie și o puteți deschide mai târziu cu un program ales de dvs.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Advice service</source>
        <translation>Serviciu de consultanță</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoritate publică</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Proastă</translation>
    </message>
    <message>
        <source>Community cooperative</source>
        <translation>Cooperativă comunitară</translation>
    </message>
    <message>
        <source>Community foundation</source>
        <translation>Fundație comunitară</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consimțământ</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Ciornă</translation>
    </message>
    <message>
        <source>Finance service</source>
        <translation>Serviciu de finanțare</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bună</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Ghid</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Acasă</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obligație legală</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Interese legitime</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Autoritate locală</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Metodologie</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixtă</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizație</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altul</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoană</translation>
    </message>
    <message>
        <source>Policy recommendation</source>
        <translation>Recomandare de politici</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Sarcină de interes public</translation>
    </message>
    <message>
        <source>Regional authority</source>
        <translation>Autoritate regională</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partajată</translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation>Întreprindere socială</translation>
    </message>
    <message>
        <source>Support service</source>
        <translation>Serviciu de sprijin</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Șablon</translation>
    </message>
    <message>
        <source>Third place</source>
        <translation>Spațiu comunitar</translation>
    </message>
    <message>
        <source>Toolkit</source>
        <translation>Set de instrumente</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formare</translation>
    </message>
    <message>
        <source>Village association</source>
        <translation>Asociație sătească</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Interese vitale</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retrasă</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Serviciu</translation>
    </message>
    <message>
        <source>Work integration enterprise</source>
        <translation>Întreprindere socială de inserție</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <source>Attachment</source>
        <translation>Atașament</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Atașamente</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacte</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discuție</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Discuții</translation>
    </message>
    <message>
        <source>Linked contacts</source>
        <translation>Contacte asociate</translation>
    </message>
    <message>
        <source>Linked practices</source>
        <translation>Practici asociate</translation>
    </message>
    <message>
        <source>Linked tools</source>
        <translation>Instrumente asociate</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Contact nou</translation>
    </message>
    <message>
        <source>New practice</source>
        <extracomment>the interface languages, each named in itself (never translated), in the order the EU lists its 24 official languages: alphabetical by that own name (български, español, čeština, …)</extracomment>
        <translation>Practică nouă</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Temă nouă</translation>
    </message>
    <message>
        <source>New tool</source>
        <translation>Instrument nou</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Postare</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Postări</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Practică</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Practici</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Temă</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teme</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Instrumente</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignoră</translation>
    </message>
    <message>
        <source>&amp;Leave it deleted</source>
        <translation>Las-o &amp;ștearsă</translation>
    </message>
    <message>
        <source>&amp;Merged value (edit, then save):</source>
        <translation>&amp;Valoarea combinată (editați, apoi salvați):</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Deschide fișa</translation>
    </message>
    <message>
        <source>&amp;Restore the record</source>
        <translation>&amp;Restaurează fișa</translation>
    </message>
    <message>
        <source>&amp;Save merged value</source>
        <translation>&amp;Salvează valoarea combinată</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>kinds whose stored values are codes or ids: shown by name, in the interface language</extracomment>
        <translation>(gol)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(fără titlu)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicte</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Păstrează-o pe a &amp;mea</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Păstrează-o pe a &amp;lor</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Valoarea combinată</translation>
    </message>
    <message>
        <source>No conflicts: everything your group changed fitted together.</source>
        <translation>Niciun conflict: toate modificările grupului s-au potrivit.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nesalvat: {error}</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflicte nerezolvate</translation>
    </message>
    <message>
        <source>Refused: {title} — {field}</source>
        <translation>Refuzat: {title} — {field}</translation>
    </message>
    <message>
        <source>Settled: “{title}” — {field}. Your choice is shared with the group at the next sync.</source>
        <translation>Rezolvat: „{title}” — {field}. Alegerea dvs. este transmisă grupului la următoarea sincronizare.</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Valoarea lor</translation>
    </message>
    <message>
        <source>Theirs — by {who}, {when}</source>
        <translation>A lor — de {who}, {when}</translation>
    </message>
    <message>
        <source>When two people changed the same thing before syncing, the group server kept one value and set the other aside. Choose what the record should say; your choice is shared with everyone at the next sync.</source>
        <translation>Când două persoane au modificat același lucru înainte de sincronizare, serverul grupului a păstrat o valoare și a pus-o deoparte pe cealaltă. Alegeți ce trebuie să conțină fișa; alegerea dvs. este transmisă tuturor la următoarea sincronizare.</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>De ce a refuzat-o serverul</translation>
    </message>
    <message>
        <source>Your change ({when})</source>
        <translation>Modificarea dvs. ({when})</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Valoarea dvs.</translation>
    </message>
    <message>
        <source>Yours — by {who}, {when}</source>
        <translation>A dvs. — de {who}, {when}</translation>
    </message>
    <message>
        <source>another member</source>
        <translation>alt membru</translation>
    </message>
    <message>
        <source>deleted or kept</source>
        <translation>ștearsă sau păstrată</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>grupul</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>you</source>
        <translation>dvs.</translation>
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
        <translation>(fără titlu)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Anulează editarea</translation>
    </message>
    <message>
        <source>Choose a record in the list, or press Ctrl+N to add one.</source>
        <translation>Alegeți o fișă din listă sau apăsați Ctrl+N pentru a adăuga una.</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>the record now shown (None: none), for what sits beside it (ui/discussions: its comments)</extracomment>
        <translation>Detalii</translation>
    </message>
    <message>
        <source>Edit form</source>
        <translation>Formular de editare</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Editează „{title}”</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Câmpurile marcate cu * sunt obligatorii.</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Ieșiți fără să salvați?</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Corectați câmpurile marcate mai jos.</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problemă la {field}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fișă</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoriu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Salvează fișa</translation>
    </message>
    <message>
        <source>Your changes to this record are not saved. Leave the form and lose them?</source>
        <translation>Modificările dvs. la această fișă nu sunt salvate. Părăsiți formularul și le pierdeți?</translation>
    </message>
    <message>
        <source>created by {who}</source>
        <translation>creat de {who}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <extracomment>a member id as people read it (the group&apos;s member directory, store.news.name)</extracomment>
        <translation>în coșul de gunoi</translation>
    </message>
    <message>
        <source>last changed {when} by {who}</source>
        <translation>modificată ultima dată {when} de {who}</translation>
    </message>
    <message>
        <source>not on this computer yet</source>
        <translation>încă nu este pe acest computer</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>elimină</translation>
    </message>
    <message>
        <source>unlink</source>
        <translation>dezasociază</translation>
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
        <translation>&amp;Atașamente:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Răsfoiește…</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Dosarul de date:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>Mărimea &amp;textului:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Limba interfeței:</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>Codul &amp;invitației:</translation>
    </message>
    <message>
        <source>&amp;Phone region:</source>
        <translation>Regiune tele&amp;fonică:</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start.</source>
        <translation>Noul dosar de date este folosit de la următoarea pornire.</translation>
    </message>
    <message>
        <source>Add your own practices, contacts and tools.</source>
        <translation>Adăugați propriile practici, contacte și instrumente.</translation>
    </message>
    <message>
        <source>As&amp;k before a sync changes more than:</source>
        <translation>Între&amp;bă înainte ca o sincronizare să modifice mai mult de:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Alegeți dosarul de date</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Coloane</translation>
    </message>
    <message>
        <source>Connect to a group server</source>
        <translation>Conectare la un server de grup</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dosar de date</translation>
    </message>
    <message>
        <source>Default data folder</source>
        <translation>Dosarul de date implicit</translation>
    </message>
    <message>
        <source>Demo records per collection</source>
        <translation>Fișe demonstrative pe colecție</translation>
    </message>
    <message>
        <source>Download when opened</source>
        <translation>Descarcă la deschidere</translation>
    </message>
    <message>
        <source>Fictional practices, contacts and tools in seven languages, to try things out. You can delete them later.</source>
        <translation>Practici, contacte și instrumente fictive în șapte limbi, ca să încercați programul. Le puteți șterge mai târziu.</translation>
    </message>
    <message>
        <source>Find records to link</source>
        <translation>Găsiți fișe de asociat</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Codul invitației</translation>
    </message>
    <message>
        <source>Join your group&apos;s shared repository with the invitation code your coordinator sent you.</source>
        <translation>Conectați-vă la spațiul partajat al grupului cu codul de invitație primit de la coordonator.</translation>
    </message>
    <message>
        <source>Keep all offline</source>
        <translation>Păstrează totul offline</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Încarcă date demonstrative</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Numai când cer eu</translation>
    </message>
    <message>
        <source>Records per collection:</source>
        <translation>Fișe pe colecție:</translation>
    </message>
    <message>
        <source>Records to link</source>
        <translation>Fișe de asociat</translation>
    </message>
    <message>
        <source>RuralDesk keeps your group&apos;s practices, contacts and tools on this computer, and works without a connection. How would you like to start?</source>
        <translation>RuralDesk păstrează practicile, contactele și instrumentele grupului dvs. pe acest computer și funcționează fără conexiune. Cum doriți să începeți?</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>Sincroni&amp;zează la fiecare:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>Show these columns:</source>
        <translation>Afișează aceste coloane:</translation>
    </message>
    <message>
        <source>Start with an empty workspace</source>
        <translation>Începeți cu un spațiu de lucru gol</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Se oprește…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Limba sistemului</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Mărimea sistemului</translation>
    </message>
    <message>
        <source>Type a name or a word to find records</source>
        <translation>Tastați un nume sau un cuvânt pentru a găsi fișe</translation>
    </message>
    <message>
        <source>Welcome to RuralDesk</source>
        <translation>Bun venit în RuralDesk</translation>
    </message>
    <message>
        <source>added {when}</source>
        <translation>adăugat {when}</translation>
    </message>
    <message>
        <source>{title}: {done} of {total}</source>
        <translation>{title}: {done} din {total}</translation>
    </message>
</context>
<context>
    <name>Discussions</name>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n postare</numerusform>
            <numerusform>%n postări</numerusform>
            <numerusform>%n de postări</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topics</source>
        <translation>
            <numerusform>%n subiect</numerusform>
            <numerusform>%n subiecte</numerusform>
            <numerusform>%n de subiecte</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(fără titlu)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(nespecificat)</translation>
    </message>
    <message>
        <source>A topic needs a title and an opening post.</source>
        <translation>Un subiect are nevoie de un titlu și de o postare inițială.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Atașează fișiere</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Atașează fișiere…</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Atașate:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarii</translation>
    </message>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Comentarii (%n)</numerusform>
            <numerusform>Comentarii (%n)</numerusform>
            <numerusform>Comentarii (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the discussion: {error}</source>
        <translation>Discuția nu a putut fi exportată: {error}</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Salvarea nu a reușit: {error}</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Ciornă păstrată</translation>
    </message>
    <message>
        <source>Draft kept from {when}</source>
        <translation>Ciornă păstrată din {when}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editează</translation>
    </message>
    <message>
        <source>Edit your post</source>
        <translation>Editează postarea</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exportă ca Markdown…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Exportă ca PDF…</translation>
    </message>
    <message>
        <source>Export the discussion</source>
        <translation>Exportă discuția</translation>
    </message>
    <message>
        <source>Files to attach to this post</source>
        <translation>Fișiere de atașat la această postare</translation>
    </message>
    <message>
        <source>Files to attach: {names}</source>
        <translation>Fișiere de atașat: {names}</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Ascunsă de un coordonator: {reason}</translation>
    </message>
    <message>
        <source>Hidden from the group: {reason}</source>
        <translation>Ascunsă față de grup: {reason}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ascunde</translation>
    </message>
    <message>
        <source>Hide the discussion…</source>
        <translation>Ascunde discuția…</translation>
    </message>
    <message>
        <source>Hide…</source>
        <translation>Ascunde…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Limba:</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Ultima activitate</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>New &amp;topic…</source>
        <translation>Subiect &amp;nou…</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Subiect nou</translation>
    </message>
    <message>
        <source>New topic…</source>
        <translation>Subiect nou…</translation>
    </message>
    <message>
        <source>No posts yet. Write the first one below.</source>
        <translation>Nicio postare încă. Scrieți prima mai jos.</translation>
    </message>
    <message>
        <source>No topics yet. Start one with New topic; comments on a practice, tool or contact are at the foot of its page.</source>
        <translation>Niciun subiect încă. Începeți unul cu Subiect nou; comentariile la o practică, un instrument sau un contact se află la finalul paginii acestuia.</translation>
    </message>
    <message>
        <source>Not a reply</source>
        <translation>Nu este un răspuns</translation>
    </message>
    <message>
        <source>Not allowed: {reason}.</source>
        <translation>Nepermis: {reason}.</translation>
    </message>
    <message>
        <source>Opening post</source>
        <translation>Postarea inițială</translation>
    </message>
    <message>
        <source>Opening post:</source>
        <translation>Postarea inițială:</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publică</translation>
    </message>
    <message>
        <source>Post it (Ctrl+Enter)</source>
        <translation>Publică (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Postare eliminată</translation>
    </message>
    <message>
        <source>Posted. It goes to the group at the next sync.</source>
        <translation>Publicat. Ajunge la grup la următoarea sincronizare.</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Postări</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Răspunde</translation>
    </message>
    <message>
        <source>Replying to a post</source>
        <translation>Răspuns la o postare</translation>
    </message>
    <message>
        <source>Replying to {name}</source>
        <translation>Răspuns pentru {name}</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier posts</source>
        <translation>
            <numerusform>Arată %n postare anterioară</numerusform>
            <numerusform>Arată %n postări anterioare</numerusform>
            <numerusform>Arată %n de postări anterioare</numerusform>
        </translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Arată din nou</translation>
    </message>
    <message>
        <source>Show discussions</source>
        <translation>Arată discuțiile</translation>
    </message>
    <message>
        <source>Start a discussion with the group</source>
        <translation>Începe o discuție cu grupul</translation>
    </message>
    <message>
        <source>Start a discussion with the group (Ctrl+Shift+D)</source>
        <translation>Începe o discuție cu grupul (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Început de</translation>
    </message>
    <message>
        <source>The discussion was written to {path}.</source>
        <translation>Discuția a fost scrisă în {path}.</translation>
    </message>
    <message>
        <source>The earlier version stays in the post&apos;s history.</source>
        <translation>Versiunea anterioară rămâne în istoricul postării.</translation>
    </message>
    <message>
        <source>The opening post… *emphasis*, **strong**, - lists, [links](https://…), @member</source>
        <translation>Postarea inițială… *accent*, **îngroșat**, - liste, [linkuri](https://…), @membru</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titlu:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Subiecte</translation>
    </message>
    <message>
        <source>Version {n}, {when}, by {name}</source>
        <translation>Versiunea {n}, {when}, de {name}</translation>
    </message>
    <message>
        <source>Versions of the post</source>
        <translation>Versiunile postării</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>Despre ce este vorba?</translation>
    </message>
    <message>
        <source>Why is it hidden? Everyone sees the reason in its place.</source>
        <translation>De ce este ascunsă? Toată lumea vede motivul în locul ei.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retrage</translation>
    </message>
    <message>
        <source>Withdraw this post? Its text goes from the thread; its earlier versions stay in its history.</source>
        <translation>Retrageți această postare? Textul ei dispare din fir; versiunile anterioare rămân în istoric.</translation>
    </message>
    <message>
        <source>Withdraw your post</source>
        <translation>Retrage postarea</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Retrasă de autor.</translation>
    </message>
    <message>
        <source>Write a post… *emphasis*, **strong**, - lists, [links](https://…), @member (Ctrl+Enter posts)</source>
        <translation>Scrieți o postare… *accent*, **îngroșat**, - liste, [linkuri](https://…), @membru (Ctrl+Enter publică)</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Scrieți ceva mai întâi.</translation>
    </message>
    <message>
        <source>Write to the whole thread instead (Escape)</source>
        <translation>Scrieți în schimb întregului fir (Escape)</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>Postarea dvs.</translation>
    </message>
    <message>
        <source>a discussion&apos;s rules do not allow this change</source>
        <translation>regulile discuției nu permit această modificare</translation>
    </message>
    <message>
        <source>a post needs some text</source>
        <translation>o postare are nevoie de text</translation>
    </message>
    <message>
        <source>a removed post</source>
        <translation>o postare eliminată</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editată</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>ca răspuns pentru {name}</translation>
    </message>
    <message>
        <source>only a coordinator can hide a post or a discussion</source>
        <translation>doar un coordonator poate ascunde o postare sau o discuție</translation>
    </message>
    <message>
        <source>only its author can edit or withdraw a post</source>
        <extracomment>what a discussion write changes, for the views</extracomment>
        <translation>doar autorul poate edita sau retrage o postare</translation>
    </message>
    <message>
        <source>only the member who started a discussion can change its title, themes or language</source>
        <translation>doar membrul care a început o discuție îi poate schimba titlul, temele sau limba</translation>
    </message>
    <message>
        <source>started by {name}</source>
        <translation>început de {name}</translation>
    </message>
    <message>
        <source>{title} (hidden)</source>
        <translation>{title} (ascunsă)</translation>
    </message>
    <message>
        <source>{title} · {count} new</source>
        <translation>{title} · {count} noi</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>(choose)</source>
        <translation>(alegeți)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(niciunul)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adaugă</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Golește</translation>
    </message>
    <message>
        <source>No date</source>
        <extracomment>where the calendar opens when no date is set; the form points an end date at its start</extracomment>
        <translation>Fără dată</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
    <message>
        <source>Type and press Enter</source>
        <translation>Tastați și apăsați Enter</translation>
    </message>
    <message>
        <source>add</source>
        <translation>adaugă</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>golește</translation>
    </message>
    <message>
        <source>list</source>
        <translation>listă</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>elimină</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>de adăugat</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tip</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Activities</source>
        <translation>Activități</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Atașamente</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public-țintă</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Broader theme</source>
        <translation>Temă părinte</translation>
    </message>
    <message>
        <source>Comments on</source>
        <translation>Comentarii la</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Data consimțământului</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Sursa consimțământului</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discuție</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Adrese de e-mail</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data de sfârșit</translation>
    </message>
    <message>
        <source>Expertise themes</source>
        <translation>Teme de expertiză</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nume de familie</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Numele fișierului</translation>
    </message>
    <message>
        <source>Full name of a person, or the name of an organisation</source>
        <translation>Numele complet al unei persoane sau numele unei organizații</translation>
    </message>
    <message>
        <source>Funding amount</source>
        <translation>Suma finanțării</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Sursa finanțării</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Group member</source>
        <translation>Membru al grupului</translation>
    </message>
    <message>
        <source>Hidden because</source>
        <translation>Ascunsă pentru că</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>Răspuns la</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Limbi</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Temei juridic</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lecții învățate</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Linkuri</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Tip de media</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mențiuni</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Obiective</translation>
    </message>
    <message>
        <source>Obstacles (legal / policy)</source>
        <translation>Obstacole (juridice / de politici)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizație</translation>
    </message>
    <message>
        <source>Organisation types</source>
        <translation>Tipuri de organizație</translation>
    </message>
    <message>
        <source>Partners (incl. authorities)</source>
        <translation>Parteneri (inclusiv autorități)</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefoane</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod poștal</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regiune</translation>
    </message>
    <message>
        <source>Related contacts</source>
        <translation>Contacte asociate</translation>
    </message>
    <message>
        <source>Related tools</source>
        <translation>Instrumente asociate</translation>
    </message>
    <message>
        <source>Removed posts</source>
        <translation>Postări eliminate</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Rezultate</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Nota revizorului</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funcție</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Dimensiune (octeți)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data de început</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Început de</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Rezumat</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The person&apos;s member name in the group: their posts are then part of their data</source>
        <translation>Numele de membru al persoanei în grup: postările sale fac atunci parte din datele sale</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teme</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Town / village</source>
        <translation>Localitate / sat</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Transferabilitate</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Jurnal de audit</translation>
    </message>
    <message>
        <source>&amp;Cancel the invitation</source>
        <translation>Anulează invi&amp;tația</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiază</translation>
    </message>
    <message>
        <source>&amp;Export everything about this person…</source>
        <translation>&amp;Exportă tot despre această persoană…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fișier:</translation>
    </message>
    <message>
        <source>&amp;Hand a file to the server…</source>
        <translation>&amp;Predă un fișier serverului…</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Invitații</translation>
    </message>
    <message>
        <source>&amp;Invite someone…</source>
        <translation>Invită pe &amp;cineva…</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Membri</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nume:</translation>
    </message>
    <message>
        <source>&amp;Newest entries</source>
        <translation>Cele mai &amp;noi intrări</translation>
    </message>
    <message>
        <source>&amp;Older entries</source>
        <translation>Intrări mai &amp;vechi</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizație:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Fraza de &amp;acces:</translation>
    </message>
    <message>
        <source>&amp;People&apos;s data</source>
        <translation>Date&amp;le persoanelor</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Valabilă:</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 zi</translation>
    </message>
    <message>
        <source>1 week</source>
        <extracomment>how long an invitation can be redeemed, in hours</extracomment>
        <translation>1 săptămână</translation>
    </message>
    <message>
        <source>A revoked token stops syncing at once: that computer keeps its copy but can no longer send or receive. Tick the computers to cut off.</source>
        <translation>Un token revocat oprește imediat sincronizarea: acel computer își păstrează copia, dar nu mai poate trimite sau primi. Bifați computerele de deconectat.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Despre</translation>
    </message>
    <message>
        <source>Added a member</source>
        <translation>A adăugat un membru</translation>
    </message>
    <message>
        <source>Asking the server who you are…</source>
        <translation>Se întreabă serverul cine sunteți…</translation>
    </message>
    <message>
        <source>At {url}</source>
        <translation>La {url}</translation>
    </message>
    <message>
        <source>At {url} · you are: {role}</source>
        <translation>La {url} · sunteți: {role}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Jurnal de audit</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>A&amp;lege…</translation>
    </message>
    <message>
        <source>Cancel the invitation</source>
        <translation>Anulează invitația</translation>
    </message>
    <message>
        <source>Cancel the invitation for {name}? The code stops working at once; you can invite them again later.</source>
        <translation>Anulați invitația pentru {name}? Codul nu mai funcționează imediat; îl puteți invita din nou mai târziu.</translation>
    </message>
    <message>
        <source>Cancelled an invitation</source>
        <translation>A anulat o invitație</translation>
    </message>
    <message>
        <source>Cancelling the invitation…</source>
        <translation>Se anulează invitația…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Schimbă &amp;rolul…</translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation>Schimbă rolul pentru {name}</translation>
    </message>
    <message>
        <source>Changed a member</source>
        <translation>A modificat un membru</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>Se schimbă rolul…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Alegeți fișierul</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordonator</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiat</translation>
    </message>
    <message>
        <source>Copy the invitation code</source>
        <translation>Copiază codul invitației</translation>
    </message>
    <message>
        <source>Create the invitation</source>
        <translation>Creează invitația</translation>
    </message>
    <message>
        <source>Creating the invitation…</source>
        <translation>Se creează invitația…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalii</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>Șterge &amp;definitiv această persoană…</translation>
    </message>
    <message>
        <source>Erase on every replica</source>
        <translation>Șterge definitiv din fiecare replică</translation>
    </message>
    <message>
        <source>Erase “{name}”</source>
        <translation>Ștergerea definitivă a „{name}”</translation>
    </message>
    <message>
        <source>Erase “{name}” from the whole group? This cannot be undone. It is erased here and sent to the server at once; every member&apos;s copy of RuralDesk erases it at its next sync:</source>
        <translation>Ștergeți definitiv „{name}” din tot grupul? Operația nu poate fi anulată. Este ștearsă aici și trimisă imediat la server; copia RuralDesk a fiecărui membru o șterge la următoarea sincronizare:</translation>
    </message>
    <message>
        <source>Erased a record</source>
        <translation>A șters definitiv o fișă</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Se șterge definitiv…</translation>
    </message>
    <message>
        <source>Everything about {name} was written to {path}.</source>
        <translation>Tot ce privește {name} a fost scris în {path}.</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Exportă tot despre {name}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Se exportă…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Găsiți o persoană</translation>
    </message>
    <message>
        <source>Give {name} this code. In RuralDesk they choose Sync → Set up sync… and paste it, or scan the picture with a phone and send it to themselves. It works once, until {expires}.</source>
        <translation>Dați acest cod persoanei {name}. În RuralDesk, aceasta alege Sincronizare → Configurează sincronizarea… și îl lipește sau scanează imaginea cu telefonul și și-o trimite. Funcționează o singură dată, până la {expires}.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Group window status</source>
        <translation>Starea ferestrei grupului</translation>
    </message>
    <message>
        <source>Group “{group}”</source>
        <translation>Grupul „{group}”</translation>
    </message>
    <message>
        <source>Hand a file to the server</source>
        <translation>Predă un fișier serverului</translation>
    </message>
    <message>
        <source>Hand to the server</source>
        <translation>Predă serverului</translation>
    </message>
    <message>
        <source>Handing the file to the server…</source>
        <translation>Se predă fișierul serverului…</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Codul invitației</translation>
    </message>
    <message>
        <source>Invitation code as a QR code</source>
        <translation>Codul invitației ca cod QR</translation>
    </message>
    <message>
        <source>Invitation for {name}</source>
        <translation>Invitație pentru {name}</translation>
    </message>
    <message>
        <source>Invitation for {name} cancelled.</source>
        <translation>Invitația pentru {name} a fost anulată.</translation>
    </message>
    <message>
        <source>Invitation for {name} created.</source>
        <translation>Invitația pentru {name} a fost creată.</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <translation>Invită pe cineva</translation>
    </message>
    <message>
        <source>Invited someone</source>
        <translation>A invitat pe cineva</translation>
    </message>
    <message>
        <source>Issued a token</source>
        <translation>A emis un token</translation>
    </message>
    <message>
        <source>Its attachments: none</source>
        <translation>Atașamentele sale: niciunul</translation>
    </message>
    <message>
        <source>Its attachments: {names}</source>
        <translation>Atașamentele sale: {names}</translation>
    </message>
    <message>
        <source>Its history, with the values it held (changes recorded: {count})</source>
        <translation>Istoricul său, cu valorile pe care le-a avut (modificări înregistrate: {count})</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fișiere JSON (*.json)</translation>
    </message>
    <message>
        <source>Joined the group, but the token could not be kept: {error}</source>
        <extracomment>starts network work off the UI thread: Operations.run, or the worker itself</extracomment>
        <translation>V-ați alăturat grupului, dar tokenul nu a putut fi păstrat: {error}</translation>
    </message>
    <message>
        <source>Joined with an invitation</source>
        <translation>S-a alăturat cu o invitație</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Ultima sincronizare</translation>
    </message>
    <message>
        <source>Links to it from other records: none</source>
        <translation>Legături către ea din alte fișe: niciuna</translation>
    </message>
    <message>
        <source>Links to it from {records} ({count}): {titles}</source>
        <translation>Legături către ea din {records} ({count}): {titles}</translation>
    </message>
    <message>
        <source>Listing what the erasure removes…</source>
        <translation>Se listează ce elimină ștergerea definitivă…</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Se încarcă jurnalul de audit…</translation>
    </message>
    <message>
        <source>Loading the member&apos;s tokens…</source>
        <translation>Se încarcă tokenurile membrului…</translation>
    </message>
    <message>
        <source>Loading the members…</source>
        <translation>Se încarcă membrii…</translation>
    </message>
    <message>
        <source>Loading the open invitations…</source>
        <translation>Se încarcă invitațiile deschise…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membru</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message>
        <source>Members see the new name after their next sync; the group&apos;s address stays.</source>
        <translation>Membrii văd noul nume după următoarea sincronizare; adresa grupului rămâne aceeași.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Not connected to a group server.</source>
        <translation>Neconectat la un server de grup.</translation>
    </message>
    <message>
        <source>Not done: {why}</source>
        <translation>Nefăcut: {why}</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied} and already had {already}.</source>
        <translation>Modificări în fișier: {total}; serverul a aplicat {applied} și avea deja {already}.</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied}, already had {already} and refused {refused}: {reasons}.</source>
        <translation>Modificări în fișier: {total}; serverul a aplicat {applied}, avea deja {already} și a refuzat {refused}: {reasons}.</translation>
    </message>
    <message>
        <source>Only the group&apos;s coordinators can invite people, change roles or remove members. Ask one of them.</source>
        <translation>Doar coordonatorii grupului pot invita persoane, schimba roluri sau elimina membri. Cereți-i unuia dintre ei.</translation>
    </message>
    <message>
        <source>Open invitations</source>
        <translation>Invitații deschise</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizație</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persoane</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Reînc&amp;arcă</translation>
    </message>
    <message>
        <source>Re&amp;move from the group…</source>
        <translation>Elimină din gr&amp;up…</translation>
    </message>
    <message>
        <source>Re&amp;name the group…</source>
        <translation>Redenumește &amp;grupul…</translation>
    </message>
    <message>
        <source>Re&amp;voke tokens…</source>
        <translation>Rev&amp;ocă tokenurile…</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Cititor</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Elimină pe {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the group</source>
        <translation>Elimină pe {name} din grup</translation>
    </message>
    <message>
        <source>Remove {name} from the group? Their tokens stop working at once and they no longer receive the group&apos;s records. Everything they added or changed stays, under their name.</source>
        <translation>Eliminați pe {name} din grup? Tokenurile sale nu mai funcționează imediat și nu mai primește fișele grupului. Tot ce a adăugat sau modificat rămâne, sub numele său.</translation>
    </message>
    <message>
        <source>Removed a member</source>
        <translation>A eliminat un membru</translation>
    </message>
    <message>
        <source>Removing the member…</source>
        <translation>Se elimină membrul…</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>Redenumește grupul</translation>
    </message>
    <message>
        <source>Renamed the group</source>
        <translation>A redenumit grupul</translation>
    </message>
    <message>
        <source>Renaming the group…</source>
        <translation>Se redenumește grupul…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocă</translation>
    </message>
    <message>
        <source>Revoke tokens of {name}</source>
        <translation>Revocă tokenurile lui {name}</translation>
    </message>
    <message>
        <source>Revoked a token</source>
        <translation>A revocat un token</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Se revocă…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Send the changes in a hand-over file someone brought straight to the server</source>
        <translation>Trimite direct la server modificările dintr-un fișier de transfer adus de cineva</translation>
    </message>
    <message>
        <source>The changes in the file go to the server under the names of the people who made them; this computer gets them at its next sync, like everyone. Changes the server already has are not taken twice.</source>
        <translation>Modificările din fișier ajung la server sub numele persoanelor care le-au făcut; acest computer le primește la următoarea sincronizare, ca toată lumea. Modificările pe care serverul le are deja nu sunt preluate de două ori.</translation>
    </message>
    <message>
        <source>The code is on the clipboard.</source>
        <translation>Codul este în clipboard.</translation>
    </message>
    <message>
        <source>The contact “{name}” and every field value it had</source>
        <translation>Contactul „{name}” și fiecare valoare de câmp pe care a avut-o</translation>
    </message>
    <message>
        <source>The discussion about this contact, with its posts ({count})</source>
        <translation>Discuția despre acest contact, cu postările ei ({count})</translation>
    </message>
    <message>
        <source>The file holds no changes; nothing was sent.</source>
        <translation>Fișierul nu conține modificări; nu s-a trimis nimic.</translation>
    </message>
    <message>
        <source>The five words given with the file, separately from it.</source>
        <translation>Cele cinci cuvinte primite odată cu fișierul, separat de el.</translation>
    </message>
    <message>
        <source>The group is now called “{name}”.</source>
        <translation>Grupul se numește acum „{name}”.</translation>
    </message>
    <message>
        <source>The invitation gives one person a place in the group. They paste the code into RuralDesk (Sync → Set up sync…) on their computer; it works once.</source>
        <translation>Invitația îi dă unei persoane un loc în grup. Aceasta lipește codul în RuralDesk (Sincronizare → Configurează sincronizarea…) pe computerul său; funcționează o singură dată.</translation>
    </message>
    <message>
        <source>The person is also named in the text of {count} other records. That text is not changed: review it after the erasure (the export lists where).</source>
        <translation>Persoana este menționată și în textul altor {count} fișe. Acel text nu se modifică: verificați-l după ștergerea definitivă (exportul arată unde).</translation>
    </message>
    <message>
        <source>Their own posts in the group&apos;s discussions ({count}); the threads stay and show “post removed”</source>
        <translation>Propriile postări ale persoanei în discuțiile grupului ({count}); firele rămân și afișează „postare eliminată”</translation>
    </message>
    <message>
        <source>This member has no token in use.</source>
        <translation>Acest membru nu are niciun token în uz.</translation>
    </message>
    <message>
        <source>This workspace is not connected to a group server. Use Sync → Set up sync… with the invitation code your coordinator gave you.</source>
        <translation>Acest spațiu de lucru nu este conectat la un server de grup. Folosiți Sincronizare → Configurează sincronizarea… cu codul de invitație primit de la coordonator.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokenuri</translation>
    </message>
    <message>
        <source>Tokens revoked for {name}: {count}.</source>
        <translation>Tokenuri revocate pentru {name}: {count}.</translation>
    </message>
    <message>
        <source>Type a name, an e-mail or a phone number</source>
        <translation>Tastați un nume, o adresă de e-mail sau un număr de telefon</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valabilă până la</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ce</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Ce se va întâmpla</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>When a person asks what the group holds about them, or asks to be forgotten (GDPR articles 15 and 17), find them here.</source>
        <extracomment>contacts listed at once (a search narrows them down)</extracomment>
        <translation>Când o persoană întreabă ce date deține grupul despre ea sau cere să fie uitată (articolele 15 și 17 din GDPR), găsiți-o aici.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Cine</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Se lucrează</translation>
    </message>
    <message>
        <source>adds and edits the group&apos;s records</source>
        <translation>adaugă și editează fișele grupului</translation>
    </message>
    <message>
        <source>as the group will see it</source>
        <translation>așa cum îl va vedea grupul</translation>
    </message>
    <message>
        <source>manages the group: members, invitations, erasure</source>
        <translation>administrează grupul: membri, invitații, ștergere definitivă</translation>
    </message>
    <message>
        <source>never</source>
        <translation>niciodată</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opțional</translation>
    </message>
    <message>
        <source>reads the group&apos;s records, changes nothing</source>
        <translation>citește fișele grupului, nu modifică nimic</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <extracomment>audit entries per page (&quot;Older entries&quot; asks for the next page)</extracomment>
        <translation>fișierul nu poate fi citit ({reason})</translation>
    </message>
    <message>
        <source>the server did not accept this computer&apos;s token; ask your coordinator for a new invitation</source>
        <translation>serverul nu a acceptat tokenul acestui computer; cereți coordonatorului o invitație nouă</translation>
    </message>
    <message>
        <source>unnamed computer</source>
        <translation>computer fără nume</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} zile</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} săptămâni</translation>
    </message>
    <message>
        <source>{label}, since {when}</source>
        <translation>{label}, din {when}</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (dvs.)</translation>
    </message>
    <message>
        <source>{name} is no longer a member; their records stay.</source>
        <translation>{name} nu mai este membru; fișele sale rămân.</translation>
    </message>
    <message>
        <source>{name} is now: {role}.</source>
        <translation>{name} este acum: {role}.</translation>
    </message>
    <message>
        <source>“{name}” was erased here; the erasure goes to the server with this sync and reaches every replica at its next sync.</source>
        <translation>„{name}” a fost șters definitiv aici; ștergerea ajunge la server cu această sincronizare și la fiecare replică la următoarea ei sincronizare.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Applied: {applied}. Already here: {duplicates}. To pass on to the server: {held}. Refused: {refused}.</source>
        <translation>Aplicate: {applied}. Existente deja: {duplicates}. De transmis serverului: {held}. Refuzate: {refused}.</translation>
    </message>
    <message>
        <source>Changes written: {count}, to {path}.

Passphrase (shown only now): {words}</source>
        <translation>Modificări scrise: {count}, în {path}.

Fraza de acces (afișată doar acum): {words}</translation>
    </message>
    <message>
        <source>Connect this computer to the group&apos;s server once before handing changes over.</source>
        <translation>Conectați o dată acest computer la serverul grupului înainte de a preda modificări.</translation>
    </message>
    <message>
        <source>Export changes for another computer…</source>
        <translation>Exportă modificările pentru alt computer…</translation>
    </message>
    <message>
        <source>Exporting changes</source>
        <translation>Se exportă modificările</translation>
    </message>
    <message>
        <source>Hand-over files (*.rdrelay);;All files (*)</source>
        <translation>Fișiere de transfer (*.rdrelay);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Import changes from a file…</source>
        <translation>Importă modificări dintr-un fișier…</translation>
    </message>
    <message>
        <source>Importing changes</source>
        <translation>Se importă modificările</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Nu s-a modificat nimic: {reason}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Fraza de acces</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Oprit. Nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>The file is cut short: it was not copied completely.</source>
        <translation>Fișierul este trunchiat: nu a fost copiat complet.</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was made.</source>
        <translation>Fișierul a fost modificat sau deteriorat după ce a fost creat.</translation>
    </message>
    <message>
        <source>The file will be locked with these words (change them if you like). Give them to the person who imports it, separately from the file.</source>
        <translation>Fișierul va fi blocat cu aceste cuvinte (le puteți schimba). Dați-le persoanei care îl importă, separat de fișier.</translation>
    </message>
    <message>
        <source>The passphrase does not open this file: check the words and try again.</source>
        <translation>Fraza de acces nu deschide acest fișier: verificați cuvintele și încercați din nou.</translation>
    </message>
    <message>
        <source>This file holds changes of another group.</source>
        <translation>Acest fișier conține modificări ale altui grup.</translation>
    </message>
    <message>
        <source>This is not a RuralDesk hand-over file.</source>
        <translation>Acesta nu este un fișier de transfer RuralDesk.</translation>
    </message>
    <message>
        <source>Type the words the file was locked with.</source>
        <translation>Tastați cuvintele cu care a fost blocat fișierul.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>About RuralDesk</source>
        <translation>Despre RuralDesk</translation>
    </message>
    <message>
        <source>An offline-first organiser of practices, contacts and tools for rural social-economy groups: village associations, cooperatives, social enterprises, third places and the authorities that work with them.</source>
        <translation>Un organizator care funcționează în primul rând offline, pentru practicile, contactele și instrumentele actorilor economiei sociale din mediul rural: asociații sătești, cooperative, întreprinderi sociale, spații comunitare și autoritățile care lucrează cu ele.</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licență:</translation>
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
        <translation>Ghidul utilizatorului RuralDesk</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of RuralDesk. It is online at {url}</source>
        <translation>Ghidul utilizatorului nu este instalat cu această copie RuralDesk. Îl găsiți online la {url}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Ghidul utilizatorului</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Spațiu de lucru:</translation>
    </message>
</context>
<context>
    <name>IO</name>
    <message>
        <source>Comments on {title}</source>
        <translation>Comentarii la {title}</translation>
    </message>
    <message>
        <source>DejaVu Sans is not installed: the PDF uses Helvetica, which cannot print letters outside Western Europe (Polish, Greek…); install fonts-dejavu</source>
        <translation>DejaVu Sans nu este instalat: PDF-ul folosește Helvetica, care nu poate tipări litere din afara Europei de Vest (poloneză, greacă…); instalați fonts-dejavu</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discuție</translation>
    </message>
    <message>
        <source>Google Contacts export</source>
        <translation>Export Google Contacts</translation>
    </message>
    <message>
        <source>Google Contacts export (Outlook CSV)</source>
        <translation>Export Google Contacts (CSV Outlook)</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Ascunsă de un coordonator: {reason}</translation>
    </message>
    <message>
        <source>Outlook export</source>
        <translation>Export Outlook</translation>
    </message>
    <message>
        <source>Phone ({type}): {number}</source>
        <translation>Telefon ({type}): {number}</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Postare eliminată</translation>
    </message>
    <message>
        <source>Posts: {count}</source>
        <translation>Postări: {count}</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation>Regiune: {region}</translation>
    </message>
    <message>
        <source>Started by {name}, {when}</source>
        <translation>Început de {name}, {when}</translation>
    </message>
    <message>
        <source>Thunderbird address book export</source>
        <translation>Export din agenda Thunderbird</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Retrasă de autor.</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>o imagine GIF</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>o imagine JPEG</translation>
    </message>
    <message>
        <source>a PDF document, not a table or an address book</source>
        <translation>un document PDF, nu un tabel sau o agendă de contacte</translation>
    </message>
    <message>
        <source>a PNG picture</source>
        <translation>o imagine PNG</translation>
    </message>
    <message>
        <source>a Windows program, not a data file</source>
        <translation>un program Windows, nu un fișier de date</translation>
    </message>
    <message>
        <source>a ZIP archive (an .xlsx or .ods spreadsheet?); save it as CSV from the spreadsheet first</source>
        <translation>o arhivă ZIP (o foaie de calcul .xlsx sau .ods?); salvați-o mai întâi ca CSV din programul de calcul tabelar</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>un fișier</translation>
    </message>
    <message>
        <source>a gzip-compressed file; uncompress it first</source>
        <translation>un fișier comprimat gzip; dezarhivați-l mai întâi</translation>
    </message>
    <message>
        <source>a program, not a data file</source>
        <translation>un program, nu un fișier de date</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed</source>
        <translation>ghilimelele (&quot;) din acest rând nu sunt închise niciodată</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed on its line</source>
        <translation>ghilimelele (&quot;) din acest rând nu sunt închise pe același rând</translation>
    </message>
    <message>
        <source>a quoted cell has text after its closing quote and the row does not have as many cells as the header</source>
        <translation>o celulă între ghilimele are text după ghilimelele de închidere, iar rândul nu are tot atâtea celule cât antetul</translation>
    </message>
    <message>
        <source>a second address is not imported (only one address is kept)</source>
        <translation>a doua adresă nu este importată (se păstrează o singură adresă)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>un tabel</translation>
    </message>
    <message>
        <source>a vCard file</source>
        <translation>un fișier vCard</translation>
    </message>
    <message>
        <source>address country not recognised</source>
        <translation>țara din adresă nu este recunoscută</translation>
    </message>
    <message>
        <source>an SQLite database (to bring back a whole workspace use restore)</source>
        <translation>o bază de date SQLite (pentru a recupera un spațiu de lucru întreg, folosiți restaurarea)</translation>
    </message>
    <message>
        <source>an alternative (ALTID {altid}) of a value already kept</source>
        <translation>o variantă (ALTID {altid}) a unei valori deja păstrate</translation>
    </message>
    <message>
        <source>an old Office document (.xls or .doc); save it as CSV from the spreadsheet first</source>
        <translation>un document Office vechi (.xls sau .doc); salvați-l mai întâi ca CSV din programul de calcul tabelar</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>nu se poate citi {name}: {reason}</translation>
    </message>
    <message>
        <source>category is not a theme of this workspace</source>
        <translation>categoria nu este o temă a acestui spațiu de lucru</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>coloana {number}</translation>
    </message>
    <message>
        <source>edited {when}</source>
        <translation>editată {when}</translation>
    </message>
    <message>
        <source>group “{group}” is not a theme of this workspace; not imported</source>
        <translation>grupul „{group}” nu este o temă a acestui spațiu de lucru; nu este importat</translation>
    </message>
    <message>
        <source>has {cells} cells but the header names {columns} columns; the extra cells would be lost</source>
        <translation>are {cells} celule, dar antetul numește {columns} coloane; celulele în plus s-ar pierde</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>ca răspuns pentru {name}</translation>
    </message>
    <message>
        <source>it holds a file its manifest does not list (“{file}”)</source>
        <translation>conține un fișier pe care manifestul nu îl listează („{file}”)</translation>
    </message>
    <message>
        <source>it holds the file “{file}” twice</source>
        <translation>conține de două ori fișierul „{file}”</translation>
    </message>
    <message>
        <source>it lists {count} attachment files, more than the {limit} a backup may hold</source>
        <translation>listează {count} fișiere atașate, mai mult decât cele {limit} pe care le poate conține o copie de rezervă</translation>
    </message>
    <message>
        <source>it would unpack to {size}, more than the {limit} a restore may write</source>
        <translation>s-ar dezarhiva la {size}, mai mult decât cei {limit} pe care îi poate scrie o restaurare</translation>
    </message>
    <message>
        <source>its manifest does not describe the replica file properly</source>
        <translation>manifestul său nu descrie corect fișierul replicii</translation>
    </message>
    <message>
        <source>its manifest does not give its counts properly</source>
        <translation>manifestul său nu indică corect numărul de elemente</translation>
    </message>
    <message>
        <source>its manifest does not list the attachments properly</source>
        <translation>manifestul său nu listează corect atașamentele</translation>
    </message>
    <message>
        <source>its manifest is larger than any backup&apos;s</source>
        <translation>manifestul său este mai mare decât al oricărei copii de rezervă</translation>
    </message>
    <message>
        <source>its manifest is not a list of named values</source>
        <translation>manifestul său nu este o listă de valori cu nume</translation>
    </message>
    <message>
        <source>its manifest lists the attachment {file}… twice</source>
        <translation>manifestul său listează de două ori atașamentul {file}…</translation>
    </message>
    <message>
        <source>its manifest names an attachment “{file}” that is not a checksum</source>
        <translation>manifestul său numește un atașament „{file}” care nu este o sumă de control</translation>
    </message>
    <message>
        <source>language not recognised</source>
        <translation>limba nu este recunoscută</translation>
    </message>
    <message>
        <source>looks like card {number} of this file ({reason})</source>
        <translation>seamănă cu cardul {number} din acest fișier ({reason})</translation>
    </message>
    <message>
        <source>looks like row {number} of this file ({reason})</source>
        <translation>seamănă cu rândul {number} din acest fișier ({reason})</translation>
    </message>
    <message>
        <source>looks like “{title}” already here ({reason})</source>
        <translation>seamănă cu „{title}”, care există deja ({reason})</translation>
    </message>
    <message>
        <source>name prefix not imported</source>
        <translation>prefixul numelui nu este importat</translation>
    </message>
    <message>
        <source>name suffix not imported</source>
        <translation>sufixul numelui nu este importat</translation>
    </message>
    <message>
        <source>no matching field</source>
        <translation>niciun câmp corespunzător</translation>
    </message>
    <message>
        <source>no practice to write (the search or filters match none); {out} was not written</source>
        <translation>nicio practică de scris (căutarea sau filtrele nu găsesc niciuna); {out} nu a fost scris</translation>
    </message>
    <message>
        <source>only one address is kept</source>
        <translation>se păstrează o singură adresă</translation>
    </message>
    <message>
        <source>only one name is kept</source>
        <translation>se păstrează un singur nume</translation>
    </message>
    <message>
        <source>only one organisation is kept</source>
        <translation>se păstrează o singură organizație</translation>
    </message>
    <message>
        <source>only one role is kept</source>
        <translation>se păstrează o singură funcție</translation>
    </message>
    <message>
        <source>only one web address is kept</source>
        <translation>se păstrează o singură adresă web</translation>
    </message>
    <message>
        <source>phone label not kept (the number is imported)</source>
        <translation>eticheta telefonului nu se păstrează (numărul este importat)</translation>
    </message>
    <message>
        <source>phone {number} has no country code and no region is set to read it with; kept in the notes (set the workspace&apos;s phone region, or --default-region)</source>
        <translation>telefonul {number} nu are prefix de țară și nu este setată nicio regiune după care să fie citit; păstrat în note (setați regiunea telefonică a spațiului de lucru sau --default-region)</translation>
    </message>
    <message>
        <source>phone {number} written as {written} (numbers without a country code read as {region})</source>
        <translation>telefonul {number} scris ca {written} (numerele fără prefix de țară sunt citite ca {region})</translation>
    </message>
    <message>
        <source>region “{region}” is not a NUTS region we know; kept in the notes</source>
        <translation>regiunea „{region}” nu este o regiune NUTS cunoscută; păstrată în note</translation>
    </message>
    <message>
        <source>same e-mail {email}</source>
        <translation>același e-mail {email}</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>același nume</translation>
    </message>
    <message>
        <source>same phone {phone}</source>
        <translation>același telefon {phone}</translation>
    </message>
    <message>
        <source>similar names ({ratio})</source>
        <translation>nume asemănătoare ({ratio})</translation>
    </message>
    <message>
        <source>spreadsheet (columns matched by their names)</source>
        <translation>foaie de calcul (coloane potrivite după nume)</translation>
    </message>
    <message>
        <source>the file name “{file}” points outside the backup</source>
        <translation>numele de fișier „{file}” indică în afara copiei de rezervă</translation>
    </message>
    <message>
        <source>the last row is cut short (fewer cells than the header and no line end): the file looks truncated</source>
        <translation>ultimul rând este trunchiat (mai puține celule decât antetul și fără sfârșit de rând): fișierul pare trunchiat</translation>
    </message>
    <message>
        <source>the row cannot be read ({error})</source>
        <translation>rândul nu poate fi citit ({error})</translation>
    </message>
    <message>
        <source>the workspace {path} is not empty ({count} records); restore only into an empty workspace (choose a new one)</source>
        <translation>spațiul de lucru {path} nu este gol ({count} fișe); restaurați doar într-un spațiu de lucru gol (alegeți unul nou)</translation>
    </message>
    <message>
        <source>this card was exported from this workspace and the contact is still here (same UID)</source>
        <translation>acest card a fost exportat din acest spațiu de lucru, iar contactul este încă aici (același UID)</translation>
    </message>
    <message>
        <source>unknown encoding {encoding}</source>
        <translation>codificare necunoscută {encoding}</translation>
    </message>
    <message>
        <source>{column} ({count} values)</source>
        <translation>{column} ({count} valori)</translation>
    </message>
    <message>
        <source>{name} cannot be restored safely: {reason}; nothing was changed</source>
        <translation>{name} nu poate fi restaurat în siguranță: {reason}; nu s-a modificat nimic</translation>
    </message>
    <message>
        <source>{name} has no header row (the first line should name the columns)</source>
        <translation>{name} nu are rând de antet (primul rând ar trebui să numească coloanele)</translation>
    </message>
    <message>
        <source>{name} holds a damaged replica ({reason})</source>
        <translation>{name} conține o replică deteriorată ({reason})</translation>
    </message>
    <message>
        <source>{name} is UTF-8 except on line {line} (byte {byte}), which is in another encoding: two encodings are mixed in one file; correct that line, or choose the encoding of the whole file</source>
        <translation>{name} este UTF-8, cu excepția rândului {line} (octetul {byte}), care are altă codificare: în același fișier sunt amestecate două codificări; corectați acel rând sau alegeți codificarea întregului fișier</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes)</source>
        <translation>{name} este un fișier binar, nu text (conține octeți NUL)</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes, first on line {line})</source>
        <translation>{name} este un fișier binar, nu text (conține octeți NUL, primul pe rândul {line})</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason})</source>
        <translation>{name} este deteriorat ({reason})</translation>
    </message>
    <message>
        <source>{name} is damaged: attachment {file}… does not match its checksum</source>
        <translation>{name} este deteriorat: atașamentul {file}… nu corespunde sumei sale de control</translation>
    </message>
    <message>
        <source>{name} is damaged: the replica inside does not match its checksum</source>
        <translation>{name} este deteriorat: replica din interior nu corespunde sumei sale de control</translation>
    </message>
    <message>
        <source>{name} is damaged: “{file}” is shorter than its manifest says</source>
        <translation>{name} este deteriorat: „{file}” este mai scurt decât indică manifestul</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} este gol</translation>
    </message>
    <message>
        <source>{name} is in no encoding we can read exactly (not UTF-8, UTF-16, a Windows or ISO 8859 code page, or Shift-JIS); save it again as UTF-8</source>
        <translation>{name} nu este într-o codificare pe care o putem citi exact (nici UTF-8, nici UTF-16, nici o pagină de cod Windows sau ISO 8859, nici Shift-JIS); salvați-l din nou ca UTF-8</translation>
    </message>
    <message>
        <source>{name} is incomplete: {count} files are missing (first: {first})</source>
        <translation>{name} este incomplet: lipsesc {count} fișiere (primul: {first})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup (not a ZIP file); it may be truncated</source>
        <translation>{name} nu este o copie de rezervă RuralDesk (nu este un fișier ZIP); poate fi trunchiat</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup or is damaged ({reason})</source>
        <translation>{name} nu este o copie de rezervă RuralDesk sau este deteriorat ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk workspace backup</source>
        <translation>{name} nu este o copie de rezervă a unui spațiu de lucru RuralDesk</translation>
    </message>
    <message>
        <source>{name} is not a vCard file (it should start with BEGIN:VCARD)</source>
        <translation>{name} nu este un fișier vCard (ar trebui să înceapă cu BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>{name} is not a valid vCard file: card {number} is broken ({reason})</source>
        <translation>{name} nu este un fișier vCard valid: cardul {number} este defect ({reason})</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-16 text; it may be truncated or damaged</source>
        <translation>{name} nu este un text UTF-16 valid; poate fi trunchiat sau deteriorat</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-32 text; it may be truncated or damaged</source>
        <translation>{name} nu este un text UTF-32 valid; poate fi trunchiat sau deteriorat</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text after all (byte {byte}); save it again as UTF-8</source>
        <translation>{name} nu este totuși text {encoding} (octetul {byte}); salvați-l din nou ca UTF-8</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text: line {line} holds bytes it cannot read (byte {byte}); choose another encoding</source>
        <translation>{name} nu este text {encoding}: rândul {line} conține octeți pe care nu îi poate citi (octetul {byte}); alegeți altă codificare</translation>
    </message>
    <message>
        <source>{name} is {size}, more than the {limit} {what} may be; split it into smaller files</source>
        <translation>{name} are {size}, mai mult decât limita de {limit} pentru {what}; împărțiți-l în fișiere mai mici</translation>
    </message>
    <message>
        <source>{name} is {what}</source>
        <translation>{name} este {what}</translation>
    </message>
    <message>
        <source>{name} needs {size} of free disk space and only {free} is free; nothing was changed</source>
        <translation>{name} are nevoie de {size} de spațiu liber pe disc și sunt libere doar {free}; nu s-a modificat nimic</translation>
    </message>
    <message>
        <source>{name} starts as UTF-8 but line {line} holds bytes that are not UTF-8 (byte {byte}); it may be damaged — save it again as UTF-8</source>
        <translation>{name} începe ca UTF-8, dar rândul {line} conține octeți care nu sunt UTF-8 (octetul {byte}); poate fi deteriorat — salvați-l din nou ca UTF-8</translation>
    </message>
    <message>
        <source>{name} was made by a newer RuralDesk (backup format {version}); update RuralDesk to restore it</source>
        <translation>{name} a fost creat de o versiune mai nouă de RuralDesk (format de copie de rezervă {version}); actualizați RuralDesk pentru a-l restaura</translation>
    </message>
    <message>
        <source>{name}, line {line}: a quoted cell has text after its closing quote ({error})</source>
        <translation>{name}, rândul {line}: o celulă între ghilimele are text după ghilimelele de închidere ({error})</translation>
    </message>
    <message>
        <source>{name}, line {line}: {error}</source>
        <translation>{name}, rândul {line}: {error}</translation>
    </message>
    <message>
        <source>{name}: a quote (&quot;) opened near line {line} is never closed; the file looks truncated or damaged</source>
        <translation>{name}: ghilimelele (&quot;) deschise în jurul rândului {line} nu sunt închise niciodată; fișierul pare trunchiat sau deteriorat</translation>
    </message>
    <message>
        <source>{name}: card {number} is never closed (END:VCARD is missing); the file looks truncated</source>
        <translation>{name}: cardul {number} nu este închis niciodată (lipsește END:VCARD); fișierul pare trunchiat</translation>
    </message>
    <message>
        <source>{name}: the encoding is not certain, the file reads differently as {shown}; choose one (for example --encoding {first})</source>
        <translation>{name}: codificarea nu este sigură, fișierul se citește diferit ca {shown}; alegeți una (de exemplu --encoding {first})</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); restore into a new workspace</source>
        <translation>{path} nu poate fi citit ({reason}); restaurați într-un spațiu de lucru nou</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} nu există</translation>
    </message>
    <message>
        <source>{path} is a folder, not {what}</source>
        <translation>{path} este un dosar, nu {what}</translation>
    </message>
    <message>
        <source>{path} is not an empty workspace</source>
        <translation>{path} nu este un spațiu de lucru gol</translation>
    </message>
    <message>
        <source>{property} not imported: {why}</source>
        <translation>{property} nu este importat: {why}</translation>
    </message>
    <message>
        <source>{where}: {count} characters in a script the font cannot show ({scripts}) were left out of the PDF</source>
        <translation>{where}: {count} caractere dintr-un alfabet pe care fontul nu îl poate afișa ({scripts}) au fost omise din PDF</translation>
    </message>
    <message>
        <source>“{file}” claims a size its compressed data cannot have (a zip bomb?)</source>
        <translation>„{file}” declară o dimensiune pe care datele sale comprimate nu o pot avea (o bombă ZIP?)</translation>
    </message>
    <message>
        <source>“{file}” is a link or a folder, not a file</source>
        <translation>„{file}” este un link sau un dosar, nu un fișier</translation>
    </message>
    <message>
        <source>“{file}” is encrypted or compressed in a way RuralDesk does not write</source>
        <translation>„{file}” este criptat sau comprimat într-un mod pe care RuralDesk nu îl folosește</translation>
    </message>
    <message>
        <source>“{file}” is not the size its manifest says</source>
        <translation>„{file}” nu are dimensiunea indicată de manifest</translation>
    </message>
    <message>
        <source>“{file}” unpacks to more than its declared size (a zip bomb?)</source>
        <translation>„{file}” se dezarhivează la mai mult decât dimensiunea declarată (o bombă ZIP?)</translation>
    </message>
    <message>
        <source>“{number}” is not a phone number we can read; kept in the notes</source>
        <translation>„{number}” nu este un număr de telefon pe care îl putem citi; păstrat în note</translation>
    </message>
    <message>
        <source>“{value}” is not a country (use a name or an ISO 3166 code such as PT)</source>
        <translation>„{value}” nu este o țară (folosiți un nume sau un cod ISO 3166, de exemplu RO)</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>„{value}” nu este o dată (folosiți AAAA-LL-ZZ sau ZZ/LL/AAAA)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use a name or an ISO 639 code such as fr)</source>
        <translation>„{value}” nu este o limbă (folosiți un nume sau un cod ISO 639, de exemplu ro)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use an ISO 639 code such as fr)</source>
        <translation>„{value}” nu este o limbă (folosiți un cod ISO 639, de exemplu ro)</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>„{value}” nu este un număr</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>„{value}” nu este un identificator de fișă</translation>
    </message>
    <message>
        <source>“{value}” is not a theme of this workspace</source>
        <translation>„{value}” nu este o temă a acestui spațiu de lucru</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>„{value}” nu este un număr întreg</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>„{value}” nu este una dintre: {choices}</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <source>All types</source>
        <translation>Toate tipurile</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Orice țară</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Orice categorie</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Orice limbă</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Orice regiune</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Orice temă</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Golește</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Elimină filtrele</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Coloane</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <source>Filter by {what}</source>
        <translation>Filtrează după {what}</translation>
    </message>
    <message>
        <source>In the trash: {count}</source>
        <translation>În coșul de gunoi: {count}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>List summary</source>
        <translation>Rezumatul listei</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fișe</translation>
    </message>
    <message>
        <source>Records: {count}</source>
        <translation>Fișe: {count}</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regiune</translation>
    </message>
    <message>
        <source>Results: {count}</source>
        <translation>Rezultate: {count}</translation>
    </message>
    <message>
        <source>Results: {shown} of {total}</source>
        <translation>Rezultate: {shown} din {total}</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>Salvează căutarea…</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Salvează această căutare</translation>
    </message>
    <message>
        <source>Selected: {count}</source>
        <translation>Selectate: {count}</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Temă</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Type to search practices, contacts, tools and themes.</source>
        <translation>Tastați pentru a căuta în practici, contacte, instrumente și teme.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About RuralDesk</source>
        <translation>&amp;Despre RuralDesk</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Atașează fișiere…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Înapoi</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Coloane…</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic information</source>
        <translation>&amp;Copiază informațiile de diagnosticare</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Șterge</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editează</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Caută…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajutor</translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation>&amp;Leagă de…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nume:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nou</translation>
    </message>
    <message>
        <source>&amp;Paste as attachment</source>
        <translation>&amp;Lipește ca atașament</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ie&amp;șire</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>F&amp;ișă</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Setări…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronizare</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Ghidul utilizatorului</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vizualizare</translation>
    </message>
    <message>
        <source>Add a record to the list shown</source>
        <translation>Adaugă o fișă în lista afișată</translation>
    </message>
    <message>
        <source>Added “{title}”</source>
        <translation>Adăugat: „{title}”</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Atașează fișiere</translation>
    </message>
    <message>
        <source>Attached: {count}</source>
        <translation>Atașate: {count}</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Atașamentul nu este încă aici</translation>
    </message>
    <message>
        <source>Bring the selected records back from the trash</source>
        <translation>Scoate fișele selectate din coșul de gunoi</translation>
    </message>
    <message>
        <source>Changes waiting to be shared</source>
        <translation>Modificări care așteaptă să fie partajate</translation>
    </message>
    <message>
        <source>Changes waiting to be shared: {count}</source>
        <translation>Modificări care așteaptă să fie partajate: {count}</translation>
    </message>
    <message>
        <source>Choose a practice or a tool to attach files to.</source>
        <translation>Alegeți o practică sau un instrument la care să atașați fișiere.</translation>
    </message>
    <message>
        <source>Copy files into the workspace and attach them</source>
        <translation>Copiază fișiere în spațiul de lucru și le atașează</translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>Atașarea nu a reușit</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Salvarea nu a reușit</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Șterge căutarea salvată</translation>
    </message>
    <message>
        <source>Diagnostic information copied. Paste it into your message to the person helping you; it holds no names or contents.</source>
        <translation>Informațiile de diagnosticare au fost copiate. Lipiți-le în mesajul către persoana care vă ajută; nu conțin nume sau conținut.</translation>
    </message>
    <message>
        <source>Edit the record shown</source>
        <translation>Editează fișa afișată</translation>
    </message>
    <message>
        <source>Empty the &amp;trash…</source>
        <translation>Golește &amp;coșul de gunoi…</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Golește coșul de gunoi</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Se golește coșul de gunoi</translation>
    </message>
    <message>
        <source>Erase everything in the trash from this computer? This cannot be undone.</source>
        <translation>Ștergeți definitiv de pe acest computer tot ce este în coșul de gunoi? Operația nu poate fi anulată.</translation>
    </message>
    <message>
        <source>Erased from this computer: {count}</source>
        <translation>Șterse definitiv de pe acest computer: {count}</translation>
    </message>
    <message>
        <source>For a support request: versions and sizes, never names or contents</source>
        <translation>Pentru o cerere de asistență: versiuni și dimensiuni, niciodată nume sau conținut</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Mergi la &amp;listă</translation>
    </message>
    <message>
        <source>Link this record to contacts, tools or practices</source>
        <translation>Leagă această fișă de contacte, instrumente sau practici</translation>
    </message>
    <message>
        <source>Link “{title}” to…</source>
        <translation>Leagă „{title}” de…</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Bara de instrumente principală</translation>
    </message>
    <message>
        <source>Move the selected records to the trash</source>
        <translation>Mută fișele selectate în coșul de gunoi</translation>
    </message>
    <message>
        <source>Moved to the trash: {count}. Undo with Ctrl+Z.</source>
        <translation>Mutate în coșul de gunoi: {count}. Anulați cu Ctrl+Z.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <extracomment>set by the sync UI: fetch_attachment(sha256, then) downloads a file kept on the server</extracomment>
        <translation>Navigare</translation>
    </message>
    <message>
        <source>No changes waiting to be shared</source>
        <translation>Nicio modificare nu așteaptă să fie partajată</translation>
    </message>
    <message>
        <source>No saved searches yet. Type in the search box, then choose Save search under the filters.</source>
        <translation>Încă nu există căutări salvate. Tastați în caseta de căutare, apoi alegeți Salvează căutarea sub filtre.</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Resta&amp;urează</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refă</translation>
    </message>
    <message>
        <source>Restored: {count}</source>
        <translation>Restaurate: {count}</translation>
    </message>
    <message>
        <source>RuralDesk</source>
        <extracomment>which collections a record of each collection can be linked to (both directions)</extracomment>
        <translation>RuralDesk</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Salvează căutarea</translation>
    </message>
    <message>
        <source>Saved the search “{name}”</source>
        <translation>Căutarea „{name}” a fost salvată</translation>
    </message>
    <message>
        <source>Saved “{title}”</source>
        <translation>Salvat: „{title}”</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Caută peste tot</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <extracomment>the middle pane: the list, or a view another module adds for a navigation node</extracomment>
        <translation>Caută peste tot (Ctrl+K)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Selectează &amp;tot</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>Arată dosarul &amp;jurnalului</translation>
    </message>
    <message>
        <source>Show {what}</source>
        <translation>Arată {what}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Starea sincronizării</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Fișa nu mai există.</translation>
    </message>
    <message>
        <source>The clipboard holds no file or picture to attach.</source>
        <translation>Clipboardul nu conține niciun fișier sau imagine de atașat.</translation>
    </message>
    <message>
        <source>This file is not on this computer yet. It arrives with the next sync.</source>
        <translation>Acest fișier nu este încă pe acest computer. Va sosi la următoarea sincronizare.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Coș de gunoi</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Anulează</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Created</source>
        <translation>Creată</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Discuții</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Găsit în</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Ultima modificare</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Căutări salvate</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>De revizuit</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Coș de gunoi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <extracomment>the review list is a coordinator&apos;s (ui/review.py): whatsnew sets it from the member&apos;s role</extracomment>
        <translation>Noutăți</translation>
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
            <numerusform>%n contact modificat</numerusform>
            <numerusform>%n contacte modificate</numerusform>
            <numerusform>%n de contacte modificate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed practices</source>
        <translation>
            <numerusform>%n practică modificată</numerusform>
            <numerusform>%n practici modificate</numerusform>
            <numerusform>%n de practici modificate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed tools</source>
        <translation>
            <numerusform>%n instrument modificat</numerusform>
            <numerusform>%n instrumente modificate</numerusform>
            <numerusform>%n de instrumente modificate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacte</numerusform>
            <numerusform>%n de contacte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited posts</source>
        <translation>
            <numerusform>%n postare modificată</numerusform>
            <numerusform>%n postări modificate</numerusform>
            <numerusform>%n de postări modificate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contacts</source>
        <translation>
            <numerusform>%n contact nou</numerusform>
            <numerusform>%n contacte noi</numerusform>
            <numerusform>%n de contacte noi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new posts</source>
        <translation>
            <numerusform>%n postare nouă</numerusform>
            <numerusform>%n postări noi</numerusform>
            <numerusform>%n de postări noi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new practices</source>
        <translation>
            <numerusform>%n practică nouă</numerusform>
            <numerusform>%n practici noi</numerusform>
            <numerusform>%n de practici noi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tools</source>
        <translation>
            <numerusform>%n instrument nou</numerusform>
            <numerusform>%n instrumente noi</numerusform>
            <numerusform>%n de instrumente noi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n postare</numerusform>
            <numerusform>%n postări</numerusform>
            <numerusform>%n de postări</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practices</source>
        <translation>
            <numerusform>%n practică</numerusform>
            <numerusform>%n practici</numerusform>
            <numerusform>%n de practici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records shared by others since your last review.</source>
        <translation>
            <numerusform>%n fișă partajată de alții de la ultima dvs. revizuire.</numerusform>
            <numerusform>%n fișe partajate de alții de la ultima dvs. revizuire.</numerusform>
            <numerusform>%n de fișe partajate de alții de la ultima dvs. revizuire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tools</source>
        <translation>
            <numerusform>%n instrument</numerusform>
            <numerusform>%n instrumente</numerusform>
            <numerusform>%n de instrumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n necitită</numerusform>
            <numerusform>%n necitite</numerusform>
            <numerusform>%n de necitite</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Attach files: {count}</source>
        <translation>Atașează fișiere: {count}</translation>
    </message>
    <message>
        <source>Could not undo or redo: {error}</source>
        <extracomment>a write: runs on the writer thread, returns what changed and a value for on_done</extracomment>
        <translation>Nu s-a putut anula sau reface: {error}</translation>
    </message>
    <message>
        <source>Create {title}</source>
        <translation>Creează „{title}”</translation>
    </message>
    <message>
        <source>Delete records: {count}</source>
        <translation>Șterge fișe: {count}</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>Șterge „{title}”</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Editează „{title}”</translation>
    </message>
    <message>
        <source>Link {title}</source>
        <translation>Leagă „{title}”</translation>
    </message>
    <message>
        <source>Not undone: {fields} of “{title}” changed since, by someone else (it arrived with the last sync). Their value stays; edit it by hand if yours should win.</source>
        <translation>Neanulat: {fields} din „{title}” a fost modificat între timp de altcineva (a sosit cu ultima sincronizare). Valoarea acelei persoane rămâne; editați-o manual dacă valoarea dvs. trebuie să câștige.</translation>
    </message>
    <message>
        <source>Not undone: “{title}” was moved to or from the trash by someone else since (it arrived with the last sync). It stays as it is.</source>
        <translation>Neanulat: „{title}” a fost mutată între timp în coșul de gunoi sau scoasă din el de altcineva (a sosit cu ultima sincronizare). Rămâne așa cum este.</translation>
    </message>
    <message>
        <source>Remove attachment {name}</source>
        <translation>Elimină atașamentul {name}</translation>
    </message>
    <message>
        <source>Restore records: {count}</source>
        <translation>Restaurează fișe: {count}</translation>
    </message>
    <message>
        <source>Restore {title}</source>
        <translation>Restaurează „{title}”</translation>
    </message>
    <message>
        <source>Unlink from {title}</source>
        <translation>Dezasociază de „{title}”</translation>
    </message>
</context>
<context>
    <name>PeerSync</name>
    <message>
        <source>&amp;Computers offering sync nearby:</source>
        <translation>&amp;Computere din apropiere care oferă sincronizare:</translation>
    </message>
    <message>
        <source>&amp;Offer sync to a nearby computer…</source>
        <translation>Oferă sincronizare unui computer din a&amp;propiere…</translation>
    </message>
    <message>
        <source>Address of this computer</source>
        <translation>Adresa acestui computer</translation>
    </message>
    <message>
        <source>C&amp;onnect and sync</source>
        <translation>C&amp;onectează și sincronizează</translation>
    </message>
    <message>
        <source>Choose a computer from the list, or type its address as shown on it (for example 192.168.1.20:40123).</source>
        <translation>Alegeți un computer din listă sau tastați adresa lui așa cum apare pe el (de exemplu 192.168.1.20:40123).</translation>
    </message>
    <message>
        <source>Choose the computer that offers sync (Sync → Offer sync to a nearby computer… on it) and type the code it shows.</source>
        <translation>Alegeți computerul care oferă sincronizare (Sincronizare → Oferă sincronizare unui computer din apropiere… pe acesta) și tastați codul pe care îl afișează.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Se conectează…</translation>
    </message>
    <message>
        <source>If this computer is not listed there, connect by address: {address}</source>
        <translation>Dacă acest computer nu apare acolo, conectați-vă după adresă: {address}</translation>
    </message>
    <message>
        <source>Let a computer of your group on the same network sync with this one, without the server or the internet</source>
        <translation>Permite unui computer al grupului din aceeași rețea să se sincronizeze cu acesta, fără server sau internet</translation>
    </message>
    <message>
        <source>Looking for computers of your group on this network…</source>
        <translation>Se caută computere ale grupului în această rețea…</translation>
    </message>
    <message>
        <source>Offer sync to a nearby computer</source>
        <translation>Oferă sincronizare unui computer din apropiere</translation>
    </message>
    <message>
        <source>On the other computer (same Wi-Fi or phone hotspot, same group), choose Sync → Sync with a nearby computer…, pick this computer and type this code:</source>
        <translation>Pe celălalt computer (același Wi-Fi sau hotspot de telefon, același grup), alegeți Sincronizare → Sincronizează cu un computer din apropiere…, selectați acest computer și tastați acest cod:</translation>
    </message>
    <message>
        <source>Or connect by &amp;address:</source>
        <translation>Sau conectați-vă după &amp;adresă:</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>Co&amp;dul de asociere:</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Codul de asociere</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Opr&amp;ește</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Stopped. Nothing was half-applied.</source>
        <translation>Oprit. Nimic nu a rămas aplicat pe jumătate.</translation>
    </message>
    <message>
        <source>Sync with a &amp;nearby computer…</source>
        <translation>Sincronizează cu un computer din &amp;apropiere…</translation>
    </message>
    <message>
        <source>Sync with a computer of your group that offers it on the same network</source>
        <translation>Sincronizează cu un computer al grupului care oferă acest lucru în aceeași rețea</translation>
    </message>
    <message>
        <source>Sync with a nearby computer</source>
        <translation>Sincronizare cu un computer din apropiere</translation>
    </message>
    <message>
        <source>Synced with “{name}”: {received} changes received, {sent} sent.</source>
        <translation>Sincronizat cu „{name}”: modificări primite: {received}, trimise: {sent}.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed.</source>
        <translation>Acesta nu este codul afișat pe celălalt computer; nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed. Tries left: {count}.</source>
        <translation>Acesta nu este codul afișat pe celălalt computer; nu s-a modificat nimic. Încercări rămase: {count}.</translation>
    </message>
    <message>
        <source>The code has six digits, as shown on the other computer.</source>
        <translation>Codul are șase cifre, așa cum apare pe celălalt computer.</translation>
    </message>
    <message>
        <source>The connection to the other computer was lost ({reason}). Nothing was half-applied; try again.</source>
        <translation>Conexiunea cu celălalt computer s-a pierdut ({reason}). Nimic nu a rămas aplicat pe jumătate; încercați din nou.</translation>
    </message>
    <message>
        <source>The connection was lost before the end; nothing was half-applied. Still waiting for a computer of your group…</source>
        <translation>Conexiunea s-a pierdut înainte de final; nimic nu a rămas aplicat pe jumătate. Se așteaptă în continuare un computer al grupului…</translation>
    </message>
    <message>
        <source>The other computer answered in a way this version does not understand ({reason}). Nothing was changed.</source>
        <translation>Celălalt computer a răspuns într-un mod pe care această versiune nu îl înțelege ({reason}). Nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>The other computer belongs to another group; only computers of the same group can sync. Nothing was changed.</source>
        <translation>Celălalt computer aparține altui grup; doar computerele aceluiași grup se pot sincroniza. Nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>The other computer stopped its offer after too many wrong codes. Ask for a new offer there; nothing was changed.</source>
        <translation>Celălalt computer și-a oprit oferta după prea multe coduri greșite. Cereți acolo o ofertă nouă; nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: on the other computer, connect by address: {address}</source>
        <translation>Această rețea nu permite computerelor să se găsească: pe celălalt computer, conectați-vă după adresă: {address}</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: type the address shown on the other computer.</source>
        <translation>Această rețea nu permite computerelor să se găsească: tastați adresa afișată pe celălalt computer.</translation>
    </message>
    <message>
        <source>This workspace is not part of a group yet. Set up sync with your group server once (Sync → Set up sync…); after that it can sync with nearby computers too.</source>
        <translation>Acest spațiu de lucru nu face încă parte dintr-un grup. Configurați o dată sincronizarea cu serverul grupului (Sincronizare → Configurează sincronizarea…); după aceea se poate sincroniza și cu computere din apropiere.</translation>
    </message>
    <message>
        <source>Waiting for a computer of your group…</source>
        <translation>Se așteaptă un computer al grupului…</translation>
    </message>
    <message>
        <source>{count} are kept until your next sync with the server, which knows the computer that signed them.</source>
        <translation>{count} sunt păstrate până la următoarea sincronizare cu serverul, care cunoaște computerul care le-a semnat.</translation>
    </message>
    <message>
        <source>{count} were refused (their signature did not check out).</source>
        <translation>{count} au fost refuzate (semnătura nu a fost validă).</translation>
    </message>
    <message>
        <source>“{name}” belongs to another group; it cannot sync with this computer. Still waiting…</source>
        <translation>„{name}” aparține altui grup; nu se poate sincroniza cu acest computer. Se așteaptă în continuare…</translation>
    </message>
    <message>
        <source>“{name}” connected; checking the code…</source>
        <translation>„{name}” s-a conectat; se verifică codul…</translation>
    </message>
    <message>
        <source>“{name}” typed a wrong code; nothing was changed. Tries left: {count}.</source>
        <translation>„{name}” a tastat un cod greșit; nu s-a modificat nimic. Încercări rămase: {count}.</translation>
    </message>
    <message>
        <source>“{name}” typed the right code; syncing…</source>
        <translation>„{name}” a tastat codul corect; se sincronizează…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiază</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lipește</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Taie</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selectează tot</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nu</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandonează</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplică</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Renunță</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajutor</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignoră</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;u la toate</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Resetează</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restabilește valorile implicite</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reîncearcă</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Salvează tot</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Da la &amp;toate</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiază</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lipește</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copiază adresa &amp;linkului</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Taie</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selectează tot</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>&amp;Mark all as reviewed</source>
        <translation>&amp;Marchează toate ca revizuite</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <extracomment>few columns: the pane beside the record is narrow at 150 % (the type is in the tool tip)</extracomment>
        <translation>(fără titlu)</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>Adaugă o &amp;notă…</translation>
    </message>
    <message>
        <source>Choose a record in the list first.</source>
        <translation>Alegeți mai întâi o fișă din listă.</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Ultima modificare</translation>
    </message>
    <message>
        <source>Nothing to review: everything others shared has been reviewed.</source>
        <translation>Nimic de revizuit: tot ce au partajat alții a fost revizuit.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Nota revizorului</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note: {note}</source>
        <translation>Nota revizorului: {note}</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Partajat de</translation>
    </message>
    <message>
        <source>Shared records to review</source>
        <translation>Fișe partajate de revizuit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>De revizuit</translation>
    </message>
    <message>
        <source>Write a reviewer&apos;s note on the chosen record</source>
        <translation>Scrie o notă de revizuire pentru fișa aleasă</translation>
    </message>
    <message>
        <source>Your note on “{title}” travels with the record to everyone in the group. Only coordinators can write it.</source>
        <translation>Nota dvs. despre „{title}” însoțește fișa la toți membrii grupului. Doar coordonatorii o pot scrie.</translation>
    </message>
    <message>
        <source>{type}, last changed {when}</source>
        <translation>{type}, modificat ultima dată {when}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Could not load demo data: {error}</source>
        <translation>Datele demonstrative nu au putut fi încărcate: {error}</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Datele demonstrative au fost încărcate.</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <extracomment>startup.Opened: the replica and the lock that goes with it (set by ruraldesk.app); switch_workspace() replaces both</extracomment>
        <translation>Se încarcă datele demonstrative</translation>
    </message>
    <message>
        <source>Stopped loading demo data; what was loaded stays.</source>
        <translation>Încărcarea datelor demonstrative a fost oprită; ce s-a încărcat rămâne.</translation>
    </message>
    <message>
        <source>The new data folder is used from the next start.</source>
        <translation>Noul dosar de date este folosit de la următoarea pornire.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Another RuralDesk window is already working on this workspace ({path}). Switch to that window, or close it and try again.</source>
        <translation>O altă fereastră RuralDesk lucrează deja cu acest spațiu de lucru ({path}). Treceți la acea fereastră sau închideți-o și încercați din nou.</translation>
    </message>
    <message>
        <source>Choose a folder for your workspace</source>
        <translation>Alegeți un dosar pentru spațiul de lucru</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Alegeți alt dosar…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuă</translation>
    </message>
    <message>
        <source>Only {free} MB are free where your workspace is kept ({path}). RuralDesk may not be able to save your changes. Free some space (empty the computer&apos;s trash, remove large files), then continue.</source>
        <translation>Doar {free} MB sunt liberi acolo unde este păstrat spațiul de lucru ({path}). Este posibil ca RuralDesk să nu poată salva modificările. Eliberați spațiu (goliți coșul de gunoi al computerului, ștergeți fișiere mari), apoi continuați.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ieșire</translation>
    </message>
    <message>
        <source>RuralDesk is already open</source>
        <translation>RuralDesk este deja deschis</translation>
    </message>
    <message>
        <source>RuralDesk keeps your workspace in {folder}, but cannot write there ({reason}). Choose another folder you can write to, such as one in your documents.</source>
        <translation>RuralDesk păstrează spațiul de lucru în {folder}, dar nu poate scrie acolo ({reason}). Alegeți alt dosar în care puteți scrie, de exemplu unul din documentele dvs.</translation>
    </message>
    <message>
        <source>Show the backups</source>
        <translation>Arată copiile de rezervă</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <extracomment>below this much free space a warning comes before anything is written</extracomment>
        <translation>Dosarul de date nu poate fi folosit</translation>
    </message>
    <message>
        <source>The disk is almost full</source>
        <translation>Discul este aproape plin</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only. Choose another folder you can write to.</source>
        <translation>Dosarul {folder} este doar în citire. Alegeți alt dosar în care puteți scrie.</translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation>Spațiul de lucru nu poate fi deschis</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Încearcă din nou</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>discul este plin</translation>
    </message>
    <message>
        <source>{problem}

RuralDesk keeps automatic backups of your workspace in {backups}. You can restore one by copying it over the damaged file.</source>
        <translation>{problem}

RuralDesk păstrează copii de rezervă automate ale spațiului de lucru în {backups}. Puteți restaura una copiind-o peste fișierul deteriorat.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicte…</translation>
    </message>
    <message>
        <source>&amp;Disconnect from the server…</source>
        <translation>&amp;Deconectează-te de la server…</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grup:</translation>
    </message>
    <message>
        <source>&amp;Group…</source>
        <translation>G&amp;rup…</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>Codul &amp;invitației:</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <extracomment>passed on to the Transport (tests shorten the back-off) seconds the first question to the server may take, retries included callables(report) run on the UI thread after a sync that finished (ui/whatsnew.py)</extracomment>
        <translation>&amp;Sincronizează acum</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Numele &amp;dvs.:</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Atașamentul nu este încă aici</translation>
    </message>
    <message>
        <source>Attachment not on the server</source>
        <translation>Atașamentul nu este pe server</translation>
    </message>
    <message>
        <source>Changes waiting: {count}</source>
        <translation>Modificări în așteptare: {count}</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Verifică și salvează</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Se verifică…</translation>
    </message>
    <message>
        <source>Conflicts: {count}</source>
        <translation>Conflicte: {count}</translation>
    </message>
    <message>
        <source>Connected. Your token is kept in {where}.</source>
        <translation>Conectat. Tokenul este păstrat în {where}.</translation>
    </message>
    <message>
        <source>Connection check</source>
        <translation>Verificarea conexiunii</translation>
    </message>
    <message>
        <source>Could not download</source>
        <translation>Descărcarea nu a reușit</translation>
    </message>
    <message>
        <source>Could not keep the token: {error}</source>
        <translation>Tokenul nu a putut fi păstrat: {error}</translation>
    </message>
    <message>
        <source>Disconnect from the server</source>
        <translation>Deconectare de la server</translation>
    </message>
    <message>
        <source>Downloading the attachment</source>
        <translation>Se descarcă atașamentul</translation>
    </message>
    <message>
        <source>Enter the server address (starting with https://) and the group.</source>
        <translation>Introduceți adresa serverului (care începe cu https://) și grupul.</translation>
    </message>
    <message>
        <source>Enter the token your coordinator gave you.</source>
        <translation>Introduceți tokenul primit de la coordonator.</translation>
    </message>
    <message>
        <source>Everything is saved on this computer. Use Sync → Set up sync… to share it with your group.</source>
        <translation>Totul este salvat pe acest computer. Folosiți Sincronizare → Configurează sincronizarea… pentru a-l partaja cu grupul dvs.</translation>
    </message>
    <message>
        <source>Group “{group}” at {url}</source>
        <translation>Grupul „{group}” la {url}</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Codul invitației</translation>
    </message>
    <message>
        <source>Joining the group…</source>
        <translation>Alăturare la grup…</translation>
    </message>
    <message>
        <source>Large change from the server</source>
        <translation>Modificare mare de la server</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Nesalvat: {why}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Nesincronizat încă</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflicte nerezolvate</translation>
    </message>
    <message>
        <source>Or, with a personal token:</source>
        <translation>Sau, cu un token personal:</translation>
    </message>
    <message>
        <source>Paste the invitation code your coordinator sent you: it holds the server&apos;s address and the group. With a personal token instead, leave it empty and fill in the fields below. The token is kept in the system&apos;s password store when there is one, otherwise in a file only you can read.</source>
        <translation>Lipiți codul de invitație trimis de coordonator: conține adresa serverului și grupul. Dacă aveți în schimb un token personal, lăsați-l gol și completați câmpurile de mai jos. Tokenul este păstrat în managerul de parole al sistemului, dacă există, altfel într-un fișier pe care numai dvs. îl puteți citi.</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Rezolvă…</translation>
    </message>
    <message>
        <source>S&amp;top syncing</source>
        <translation>&amp;Oprește sincronizarea</translation>
    </message>
    <message>
        <source>Send your changes to the group server and get everyone else&apos;s</source>
        <translation>Trimite modificările dvs. la serverul grupului și le primește pe ale celorlalți</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresa serverului:</translation>
    </message>
    <message>
        <source>Set &amp;up sync…</source>
        <translation>Confi&amp;gurează sincronizarea…</translation>
    </message>
    <message>
        <source>Set up sync</source>
        <translation>Configurează sincronizarea</translation>
    </message>
    <message>
        <source>Stop syncing this workspace with the group server? Your records stay on this computer; changes not yet sent stay waiting. You can set up sync again later.</source>
        <translation>Opriți sincronizarea acestui spațiu de lucru cu serverul grupului? Fișele rămân pe acest computer; modificările netrimise rămân în așteptare. Puteți configura din nou sincronizarea mai târziu.</translation>
    </message>
    <message>
        <source>Syncing… {stage}</source>
        <translation>Sincronizare… {stage}</translation>
    </message>
    <message>
        <source>The group server does not have this file yet: the person who attached it has not synced since.</source>
        <translation>Serverul grupului nu are încă acest fișier: persoana care l-a atașat nu a mai sincronizat de atunci.</translation>
    </message>
    <message>
        <source>The group server refused a change to this record ({fields}).</source>
        <translation>Serverul grupului a refuzat o modificare a acestei fișe ({fields}).</translation>
    </message>
    <message>
        <source>The group server&apos;s changes would move {deletes} records to the trash, erase {erasures} and change {overwrites} — {total} of your {records} records ({share}).

This can be right (someone tidied up the shared records) or a mistake. Apply these changes now?</source>
        <translation>Modificările serverului grupului ar muta {deletes} fișe în coșul de gunoi, ar șterge definitiv {erasures} și ar modifica {overwrites} — {total} din cele {records} fișe ale dvs. ({share}).

Poate fi corect (cineva a făcut ordine în fișele partajate) sau o greșeală. Aplicați acum aceste modificări?</translation>
    </message>
    <message>
        <source>The group&apos;s members; for coordinators, invitations, roles and people&apos;s data requests</source>
        <translation>Membrii grupului; pentru coordonatori, invitații, roluri și cereri privind datele persoanelor</translation>
    </message>
    <message>
        <source>This file is not on this computer, and this workspace is not connected to a group server.</source>
        <translation>Acest fișier nu este pe acest computer, iar acest spațiu de lucru nu este conectat la un server de grup.</translation>
    </message>
    <message>
        <source>This record is in conflict ({fields}): two people changed it at once.</source>
        <translation>Această fișă este în conflict ({fields}): două persoane au modificat-o în același timp.</translation>
    </message>
    <message>
        <source>This workspace holds demo data. Demo data is fictional and never leaves this computer, so it cannot be shared with your group.

Use a new, empty workspace for your group&apos;s records? The demo workspace stays as it is.</source>
        <translation>Acest spațiu de lucru conține date demonstrative. Datele demonstrative sunt fictive și nu părăsesc niciodată acest computer, deci nu pot fi partajate cu grupul dvs.

Folosiți un spațiu de lucru nou, gol pentru fișele grupului? Spațiul de lucru demonstrativ rămâne așa cum este.</translation>
    </message>
    <message>
        <source>Up to date · {when}</source>
        <translation>Actualizat · {when}</translation>
    </message>
    <message>
        <source>Working offline: no group server connected</source>
        <translation>Lucrați offline: niciun server de grup conectat</translation>
    </message>
    <message>
        <source>You are now in the new, empty workspace “{name}”. The demo workspace stays as it is.</source>
        <translation>Acum sunteți în noul spațiu de lucru gol „{name}”. Spațiul de lucru demonstrativ rămâne așa cum este.</translation>
    </message>
    <message>
        <source>a file only you can read ({path})</source>
        <translation>un fișier pe care numai dvs. îl puteți citi ({path})</translation>
    </message>
    <message>
        <source>checking the server</source>
        <translation>se verifică serverul</translation>
    </message>
    <message>
        <source>could not reach the server</source>
        <translation>serverul nu a putut fi contactat</translation>
    </message>
    <message>
        <source>could not reach the server: {reason}</source>
        <translation>serverul nu a putut fi contactat: {reason}</translation>
    </message>
    <message>
        <source>enter a new token under Sync → Set up sync…</source>
        <translation>introduceți un token nou în Sincronizare → Configurează sincronizarea…</translation>
    </message>
    <message>
        <source>kept from before; type to replace it</source>
        <translation>păstrat de dinainte; tastați pentru a-l înlocui</translation>
    </message>
    <message>
        <source>last synced at {time}</source>
        <translation>sincronizat ultima dată la {time}</translation>
    </message>
    <message>
        <source>optional: your name as the group knows it</source>
        <translation>opțional: numele dvs. așa cum îl știe grupul</translation>
    </message>
    <message>
        <source>press F5 to try again</source>
        <translation>apăsați F5 pentru a reîncerca</translation>
    </message>
    <message>
        <source>receiving attachments</source>
        <translation>se primesc atașamentele</translation>
    </message>
    <message>
        <source>receiving changes</source>
        <translation>se primesc modificările</translation>
    </message>
    <message>
        <source>saving what arrived</source>
        <translation>se salvează ce a sosit</translation>
    </message>
    <message>
        <source>sending attachments</source>
        <translation>se trimit atașamentele</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>se trimit modificările</translation>
    </message>
    <message>
        <source>set up sync in a new, empty workspace</source>
        <translation>configurați sincronizarea într-un spațiu de lucru nou, gol</translation>
    </message>
    <message>
        <source>something went wrong</source>
        <translation>ceva nu a funcționat</translation>
    </message>
    <message>
        <source>something went wrong ({reason}); the details are in the log</source>
        <translation>ceva nu a funcționat ({reason}); detaliile sunt în jurnal</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>oprire</translation>
    </message>
    <message>
        <source>the server did not accept this token for this group; check it, or ask your coordinator for a new one</source>
        <translation>serverul nu a acceptat acest token pentru acest grup; verificați-l sau cereți unul nou coordonatorului</translation>
    </message>
    <message>
        <source>the server did not accept your token</source>
        <translation>serverul nu a acceptat tokenul dvs.</translation>
    </message>
    <message>
        <source>the server did not accept your token; ask your coordinator for a new one and enter it under Sync → Set up sync…</source>
        <translation>serverul nu a acceptat tokenul dvs.; cereți unul nou coordonatorului și introduceți-l în Sincronizare → Configurează sincronizarea…</translation>
    </message>
    <message>
        <source>the server refused the request</source>
        <translation>serverul a refuzat cererea</translation>
    </message>
    <message>
        <source>the server refused the request: {reason}</source>
        <translation>serverul a refuzat cererea: {reason}</translation>
    </message>
    <message>
        <source>the system&apos;s password store</source>
        <translation>managerul de parole al sistemului</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never leaves this computer; set up sync in a new, empty workspace</source>
        <translation>acest spațiu de lucru conține date demonstrative, care nu părăsesc niciodată acest computer; configurați sincronizarea într-un spațiu de lucru nou, gol</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never syncs</source>
        <translation>acest spațiu de lucru conține date demonstrative, care nu se sincronizează niciodată</translation>
    </message>
    <message>
        <source>trying again at {time}</source>
        <translation>se reîncearcă la {time}</translation>
    </message>
    <message>
        <source>you chose not to apply the server&apos;s large change</source>
        <translation>ați ales să nu aplicați modificarea mare de la server</translation>
    </message>
    <message>
        <source>you stopped it</source>
        <translation>ați oprit-o</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} din {total}</translation>
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
        <translation>Agroecologie</translation>
    </message>
    <message>
        <source>Co-design with authorities</source>
        <translation>Co-creare cu autoritățile</translation>
    </message>
    <message>
        <source>Community transport</source>
        <translation>Transport comunitar</translation>
    </message>
    <message>
        <source>Digital platform cooperatives</source>
        <translation>Cooperative de platforme digitale</translation>
    </message>
    <message>
        <source>Education and services</source>
        <translation>Educație și servicii</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Energy communities</source>
        <translation>Comunități energetice</translation>
    </message>
    <message>
        <source>Enterprise development and employment</source>
        <translation>Dezvoltarea întreprinderilor și ocuparea forței de muncă</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Sănătate</translation>
    </message>
    <message>
        <source>Local entrepreneurship</source>
        <translation>Antreprenoriat local</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilitate</translation>
    </message>
    <message>
        <source>Policy and legal frameworks</source>
        <translation>Cadre politice și juridice</translation>
    </message>
    <message>
        <source>Short food supply chains</source>
        <translation>Lanțuri scurte de aprovizionare cu alimente</translation>
    </message>
    <message>
        <source>Social inclusion</source>
        <translation>Incluziune socială</translation>
    </message>
    <message>
        <source>Solidarity networks</source>
        <translation>Rețele de solidaritate</translation>
    </message>
    <message>
        <source>Sustainable agriculture and food</source>
        <translation>Agricultură și alimentație durabile</translation>
    </message>
    <message>
        <source>Work integration</source>
        <translation>Integrare prin muncă</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>&amp;Back up the workspace to a file…</source>
        <translation>Creează o copie de &amp;rezervă a spațiului de lucru…</translation>
    </message>
    <message>
        <source>&amp;Contacts to merge (ticked):</source>
        <translation>&amp;Contacte de îmbinat (bifate):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Țara:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificare:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>Șterge &amp;definitiv</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportă…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Grupuri:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>&quot;(detected)&quot; marks what the detector said, not whatever the file was read again with</extracomment>
        <translation>&amp;Importă</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <extracomment>the CSV export&apos;s BOM choice is remembered for the session</extracomment>
        <translation>&amp;Importă…</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Păstrează:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Îmbină</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>&amp;Deschide contactul</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Deschide fișa</translation>
    </message>
    <message>
        <source>&amp;Practice sheet…</source>
        <translation>Fișă de &amp;practică…</translation>
    </message>
    <message>
        <source>&amp;Read it this way</source>
        <translation>&amp;Citește-l așa</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Fișe:</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup file…</source>
        <translation>Resta&amp;urează dintr-o copie de rezervă…</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <source>&amp;Use this country</source>
        <translation>&amp;Folosește această țară</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>(detectată)</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(ilizibil)</translation>
    </message>
    <message>
        <source>(nothing to compare)</source>
        <translation>(nimic de comparat)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {size}, {count} columns</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {size}, {count} coloane</translation>
    </message>
    <message>
        <source>A .vcf file that address books and phones can read.</source>
        <translation>Un fișier .vcf pe care îl pot citi agendele de contacte și telefoanele.</translation>
    </message>
    <message>
        <source>A backup can only be restored into an empty workspace, and this one already holds {practices} practices, {contacts} contacts and {tools} tools. Nothing was changed.

To restore, choose a new, empty data folder under File → Settings, restart RuralDesk, and restore there.</source>
        <translation>O copie de rezervă poate fi restaurată numai într-un spațiu de lucru gol, iar acesta conține deja {practices} practici, {contacts} contacte și {tools} instrumente. Nu s-a modificat nimic.

Pentru a restaura, alegeți un dosar de date nou și gol în Fișier → Setări, reporniți RuralDesk și restaurați acolo.</translation>
    </message>
    <message>
        <source>A printable sheet (PDF or Markdown) of the practice shown, or of several</source>
        <translation>O fișă tipăribilă (PDF sau Markdown) a practicii afișate sau a mai multor practici</translation>
    </message>
    <message>
        <source>A sheet to print or share: the key facts, what was done, what was learned, and who to ask. Headings are in each practice&apos;s language.</source>
        <translation>O fișă de tipărit sau de distribuit: informațiile esențiale, ce s-a făcut, ce s-a învățat și pe cine să întrebați. Titlurile sunt în limba fiecărei practici.</translation>
    </message>
    <message>
        <source>A sync is running. Wait until it has finished, then restore again.</source>
        <translation>O sincronizare este în curs. Așteptați să se termine, apoi restaurați din nou.</translation>
    </message>
    <message>
        <source>Attachments not on this computer (kept on the group server) are not in the backup: {count}.</source>
        <translation>Atașamentele care nu sunt pe acest computer (păstrate pe serverul grupului) nu sunt incluse în copia de rezervă: {count}.</translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation>Copie de rezervă a spațiului de lucru</translation>
    </message>
    <message>
        <source>Backed up {records} records and {files} attachment files to {path}.</source>
        <translation>S-au salvat {records} fișe și {files} fișiere atașate în {path}.</translation>
    </message>
    <message>
        <source>Backing up to {name}</source>
        <translation>Copie de rezervă în {name}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Copia de rezervă a fost creată</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de rezervă a fost restaurată</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>Copii de rezervă (*.zip)</translation>
    </message>
    <message>
        <source>Backups (*.zip);;All files (*)</source>
        <translation>Copii de rezervă (*.zip);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Bring a backup back into an empty workspace</source>
        <translation>Restaurează o copie de rezervă într-un spațiu de lucru gol</translation>
    </message>
    <message>
        <source>Bring in contacts, practices or tools from a CSV/TSV table or a vCard file</source>
        <translation>Importă contacte, practici sau instrumente dintr-un tabel CSV/TSV sau dintr-un fișier vCard</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tabele CSV (*.csv)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Cards read: {count}</source>
        <translation>Carduri citite: {count}</translation>
    </message>
    <message>
        <source>Cards with a problem: {count}</source>
        <translation>Carduri cu probleme: {count}</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>Se verifică {name}</translation>
    </message>
    <message>
        <source>Choose the encoding</source>
        <translation>Alegeți codificarea</translation>
    </message>
    <message>
        <source>Choose the field each column goes into, or leave it out.</source>
        <translation>Alegeți câmpul în care merge fiecare coloană sau lăsați-o deoparte.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coloană</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Coloana din fișier</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Coloane</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}</source>
        <translation>Coloane neimportate: {columns}</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Coloanele fișierului</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgulă ( , )</translation>
    </message>
    <message>
        <source>Contact to keep</source>
        <translation>Contactul de păstrat</translation>
    </message>
    <message>
        <source>Contacts that look like the same person or organisation, to merge</source>
        <translation>Contacte care par să fie aceeași persoană sau organizație, de îmbinat</translation>
    </message>
    <message>
        <source>Contacts to merge</source>
        <translation>Contacte de îmbinat</translation>
    </message>
    <message>
        <source>Country of the phone numbers</source>
        <translation>Țara numerelor de telefon</translation>
    </message>
    <message>
        <source>Delete the contact for good, everywhere, and list the mentions to review</source>
        <translation>Șterge definitiv contactul, peste tot, și listează mențiunile de verificat</translation>
    </message>
    <message>
        <source>Double-click to open the contact already here</source>
        <translation>Dublu clic pentru a deschide contactul care există deja</translation>
    </message>
    <message>
        <source>Duplicate contacts</source>
        <translation>Contacte duplicate</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>Șterge &amp;definitiv această persoană…</translation>
    </message>
    <message>
        <source>E&amp;xport everything about this person…</source>
        <translation>E&amp;xportă tot despre această persoană…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Șterge definitiv</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Ștergerea definitivă a acestei persoane</translation>
    </message>
    <message>
        <source>Erase “{name}” and everything held about them?</source>
        <translation>Ștergeți definitiv „{name}” și tot ce se păstrează despre această persoană?</translation>
    </message>
    <message>
        <source>Erasing {name}</source>
        <translation>Se șterge definitiv {name}</translation>
    </message>
    <message>
        <source>Every contact in the list ({count})</source>
        <translation>Toate contactele din listă ({count})</translation>
    </message>
    <message>
        <source>Every practice in the list ({count}), in one document</source>
        <translation>Toate practicile din listă ({count}), într-un singur document</translation>
    </message>
    <message>
        <source>Every row must be right before anything is imported. Fix these rows in the file and import it again, or import only the valid rows.</source>
        <translation>Toate rândurile trebuie să fie corecte înainte de a importa ceva. Corectați aceste rânduri în fișier și importați-l din nou sau importați doar rândurile valide.</translation>
    </message>
    <message>
        <source>Everything about “{name}” was saved to {path}</source>
        <translation>Tot ce privește „{name}” a fost salvat în {path}</translation>
    </message>
    <message>
        <source>Everything in this workspace, attachments included, in one file</source>
        <translation>Tot spațiul de lucru, inclusiv atașamentele, într-un singur fișier</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemplu</translation>
    </message>
    <message>
        <source>Excel on Windows shows accented letters correctly only with this mark</source>
        <translation>Excel pe Windows afișează corect literele cu diacritice numai cu acest marcaj</translation>
    </message>
    <message>
        <source>Export contacts as &amp;vCard…</source>
        <translation>Exportă contactele ca &amp;vCard…</translation>
    </message>
    <message>
        <source>Export contacts as vCard</source>
        <translation>Exportă contactele ca vCard</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Exportă tot despre această persoană</translation>
    </message>
    <message>
        <source>Export list as &amp;CSV…</source>
        <translation>Exportă lista ca &amp;CSV…</translation>
    </message>
    <message>
        <source>Export list as CSV</source>
        <translation>Exportă lista ca CSV</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportă:</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {path}</source>
        <translation>S-au exportat {count} contacte în {path}</translation>
    </message>
    <message>
        <source>Exported {count} records to {path}</source>
        <translation>S-au exportat {count} fișe în {path}</translation>
    </message>
    <message>
        <source>Exporting to {name}</source>
        <translation>Se exportă în {name}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Câmp</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fișier de importat</translation>
    </message>
    <message>
        <source>Find &amp;duplicate contacts…</source>
        <translation>Găsește contacte &amp;duplicate…</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Găsit</translation>
    </message>
    <message>
        <source>Groups of likely duplicates</source>
        <translation>Grupuri de duplicate probabile</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importă</translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation>Importă c&amp;a:</translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>Importă un tabel</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Detaliile importului</translation>
    </message>
    <message>
        <source>Import findings</source>
        <translation>Constatările importului</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importă în</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Raportul importului</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Rezultatul importului</translation>
    </message>
    <message>
        <source>Import the column “{name}” into</source>
        <translation>Importă coloana „{name}” în</translation>
    </message>
    <message>
        <source>Import the rows without a problem and leave the others out</source>
        <translation>Importă rândurile fără probleme și le lasă deoparte pe celelalte</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>Importă doar rândurile valide</translation>
    </message>
    <message>
        <source>Import the valid rows only ({count})</source>
        <translation>Importă doar rândurile valide ({count})</translation>
    </message>
    <message>
        <source>Imported: {count}</source>
        <translation>Importate: {count}</translation>
    </message>
    <message>
        <source>Imported: {count} {what}.</source>
        <translation>Importate: {count} {what}.</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Se importă {name}</translation>
    </message>
    <message>
        <source>It did not work: {reason}</source>
        <translation>Nu a funcționat: {reason}</translation>
    </message>
    <message>
        <source>Its links are removed from {count} linked records.</source>
        <translation>Legăturile sale sunt eliminate din {count} fișe asociate.</translation>
    </message>
    <message>
        <source>Its past values are scrubbed from the history of changes.</source>
        <translation>Valorile sale anterioare sunt șterse din istoricul modificărilor.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fișiere JSON (*.json)</translation>
    </message>
    <message>
        <source>Looking for duplicate contacts</source>
        <translation>Se caută contacte duplicate</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Seamănă cu</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Text Markdown</translation>
    </message>
    <message>
        <source>Mentions of the person&apos;s name, e-mails or phones in other records&apos; text are not changed: you get a list of them to review afterwards.</source>
        <translation>Mențiunile numelui, adreselor de e-mail sau telefoanelor persoanei în textul altor fișe nu sunt modificate: primiți apoi lista lor, ca să le verificați.</translation>
    </message>
    <message>
        <source>Mentions to review</source>
        <translation>Mențiuni de verificat</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Îmbină contacte</translation>
    </message>
    <message>
        <source>Merge the ticked contacts into the one kept</source>
        <translation>Îmbină contactele bifate în cel păstrat</translation>
    </message>
    <message>
        <source>Merged {count} contacts into one; records relinked: {relinked}.</source>
        <translation>{count} contacte au fost îmbinate într-unul singur; fișe reasociate: {relinked}.</translation>
    </message>
    <message>
        <source>Names as {encoding} reads them</source>
        <translation>Numele așa cum le citește {encoding}</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>Nu s-a creat nicio copie de rezervă: {reason}</translation>
    </message>
    <message>
        <source>No column goes into a field yet: choose at least one.</source>
        <translation>Nicio coloană nu este încă asociată unui câmp: alegeți cel puțin una.</translation>
    </message>
    <message>
        <source>No likely duplicates</source>
        <translation>Niciun duplicat probabil</translation>
    </message>
    <message>
        <source>No likely duplicates were found.</source>
        <translation>Nu s-a găsit niciun duplicat probabil.</translation>
    </message>
    <message>
        <source>No other record links to it.</source>
        <translation>Nicio altă fișă nu este legată de ea.</translation>
    </message>
    <message>
        <source>No phone region is set for this workspace.</source>
        <translation>Nu este setată nicio regiune telefonică pentru acest spațiu de lucru.</translation>
    </message>
    <message>
        <source>Not imported ({count})</source>
        <translation>Neimportate ({count})</translation>
    </message>
    <message>
        <source>Not imported: no country was chosen for the phone numbers of {name}. Nothing was changed.</source>
        <translation>Neimportat: nu a fost aleasă nicio țară pentru numerele de telefon din {name}. Nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>Not imported: no encoding was chosen for {name}. Nothing was changed.</source>
        <translation>Neimportat: nu a fost aleasă nicio codificare pentru {name}. Nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>Not set (asked when needed)</source>
        <translation>Nesetată (se cere la nevoie)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>Nothing was erased: {reason}</source>
        <translation>Nu s-a șters nimic: {reason}</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Nu s-a exportat nimic: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file holds no records.</source>
        <translation>Nu s-a importat nimic: fișierul nu conține nicio fișă.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Nu s-a importat nimic: {reason}</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Nu s-a restaurat nimic: {reason}</translation>
    </message>
    <message>
        <source>Only the valid rows were imported; the rows below were left out.</source>
        <translation>Au fost importate doar rândurile valide; rândurile de mai jos au fost lăsate deoparte.</translation>
    </message>
    <message>
        <source>Open the highlighted contact</source>
        <translation>Deschide contactul evidențiat</translation>
    </message>
    <message>
        <source>Open the highlighted record</source>
        <translation>Deschide fișa evidențiată</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documente PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Phone numbers without a country code</source>
        <translation>Numere de telefon fără prefix de țară</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as {country}.</source>
        <translation>Numerele de telefon fără prefix de țară sunt citite ca {country}.</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Regiune telefonică</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibile duplicate</translation>
    </message>
    <message>
        <source>Possible duplicates ({count})</source>
        <translation>Posibile duplicate ({count})</translation>
    </message>
    <message>
        <source>Possibly already here: {count} (see “Possible duplicates”)</source>
        <translation>Posibil existente deja: {count} (vedeți „Posibile duplicate”)</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Fișă de practică</translation>
    </message>
    <message>
        <source>Practice sheets written: {count}, in {path}</source>
        <translation>Fișe de practică scrise: {count}, în {path}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Previzualizare</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Previzualizarea importului</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Rezumatul previzualizării</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problemă</translation>
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
        <translation>Proprietate</translation>
    </message>
    <message>
        <source>Read as {encoding}</source>
        <translation>Citește ca {encoding}</translation>
    </message>
    <message>
        <source>Read as: {preset}</source>
        <translation>Citit ca: {preset}</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>Se recitește fișierul…</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Se citește {name}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gata</translation>
    </message>
    <message>
        <source>Recognised export</source>
        <translation>Export recunoscut</translation>
    </message>
    <message>
        <source>Recognised: &lt;b&gt;{preset}&lt;/b&gt;. Its columns are matched below; check them before importing.</source>
        <translation>Recunoscut: &lt;b&gt;{preset}&lt;/b&gt;. Coloanele sale sunt asociate mai jos; verificați-le înainte de import.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fișă</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Restaurare dintr-o copie de rezervă</translation>
    </message>
    <message>
        <source>Restore {count} records from {name} (made on {date}) into this empty workspace?</source>
        <translation>Restaurați {count} fișe din {name} (creată pe {date}) în acest spațiu de lucru gol?</translation>
    </message>
    <message>
        <source>Restored {records} records and {files} attachment files from {name}.</source>
        <translation>S-au restaurat {records} fișe și {files} fișiere atașate din {name}.</translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation>Se restaurează {name}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rând</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; all ready to import.</source>
        <translation>Rânduri previzualizate: {count}; toate sunt gata de import.</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; with a problem: {bad}. Fix them in the file, or change the columns above.</source>
        <translation>Rânduri previzualizate: {count}; cu probleme: {bad}. Corectați-le în fișier sau modificați coloanele de mai sus.</translation>
    </message>
    <message>
        <source>Rows read: {count}</source>
        <translation>Rânduri citite: {count}</translation>
    </message>
    <message>
        <source>Rows with a problem: {count}</source>
        <translation>Rânduri cu probleme: {count}</translation>
    </message>
    <message>
        <source>Save the list shown, with its columns and filters, as a table</source>
        <translation>Salvează lista afișată, cu coloanele și filtrele ei, ca tabel</translation>
    </message>
    <message>
        <source>Save the selected contacts, or the whole list, for an address book or a phone</source>
        <translation>Salvează contactele selectate sau toată lista, pentru o agendă de contacte sau un telefon</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punct și virgulă ( ; )</translation>
    </message>
    <message>
        <source>Show a contact first.</source>
        <translation>Afișați mai întâi un contact.</translation>
    </message>
    <message>
        <source>Show a practice, or the list of practices, to make sheets of them.</source>
        <translation>Afișați o practică sau lista practicilor pentru a face fișe din ele.</translation>
    </message>
    <message>
        <source>Show the contacts (or search for some) and select the ones to export.</source>
        <translation>Afișați contactele (sau căutați câteva) și selectați-le pe cele de exportat.</translation>
    </message>
    <message>
        <source>Stopped: {what}. Nothing was changed.</source>
        <translation>Oprit: {what}. Nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Tables and address books (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Tabele și agende de contacte (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The choice can still be changed under “Encoding” in the next step.</source>
        <translation>Alegerea poate fi schimbată în continuare la „Codificare”, în pasul următor.</translation>
    </message>
    <message>
        <source>The contact is deleted from this computer for good: not to the trash, and it cannot be undone.</source>
        <translation>Contactul este șters definitiv de pe acest computer: nu ajunge în coșul de gunoi, iar operația nu poate fi anulată.</translation>
    </message>
    <message>
        <source>The contact, its history and every record linked to or mentioning it, as JSON</source>
        <translation>Contactul, istoricul său și toate fișele legate de el sau care îl menționează, ca JSON</translation>
    </message>
    <message>
        <source>The contacts were not exported: {reason}</source>
        <translation>Contactele nu au fost exportate: {reason}</translation>
    </message>
    <message>
        <source>The contacts were not merged: {reason}</source>
        <translation>Contactele nu au fost îmbinate: {reason}</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code, for this workspace</source>
        <translation>Țara numerelor de telefon scrise fără prefix de țară, pentru acest spațiu de lucru</translation>
    </message>
    <message>
        <source>The file cannot be previewed: {reason}</source>
        <translation>Fișierul nu poate fi previzualizat: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read that way: {reason}</source>
        <translation>Fișierul nu poate fi citit astfel: {reason}</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows with a problem are marked; the import stops if any row of the file has one.</source>
        <translation>Primele rânduri, așa cum vor fi stocate. Rândurile cu probleme sunt marcate; importul se oprește dacă vreun rând din fișier are o problemă.</translation>
    </message>
    <message>
        <source>The letters of {name} can be read in more than one way, and we cannot tell which is right. Choose the column where the names are written correctly.</source>
        <translation>Literele din {name} pot fi citite în mai multe feluri și nu putem ști care este cel corect. Alegeți coloana în care numele sunt scrise corect.</translation>
    </message>
    <message>
        <source>The list was not exported: {reason}</source>
        <translation>Lista nu a fost exportată: {reason}</translation>
    </message>
    <message>
        <source>The phone region was not saved: {reason}</source>
        <translation>Regiunea telefonică nu a fost salvată: {reason}</translation>
    </message>
    <message>
        <source>The practice shown: {title}</source>
        <translation>Practica afișată: {title}</translation>
    </message>
    <message>
        <source>The records the search found, with the columns the list shows for their type.</source>
        <translation>Fișele găsite de căutare, cu coloanele pe care lista le afișează pentru tipul lor.</translation>
    </message>
    <message>
        <source>The search for duplicates stopped: {reason}</source>
        <translation>Căutarea duplicatelor s-a oprit: {reason}</translation>
    </message>
    <message>
        <source>The search found nothing to export.</source>
        <translation>Căutarea nu a găsit nimic de exportat.</translation>
    </message>
    <message>
        <source>The selected contacts ({count})</source>
        <translation>Contactele selectate ({count})</translation>
    </message>
    <message>
        <source>The selected practices ({count}), in one document</source>
        <translation>Practicile selectate ({count}), într-un singur document</translation>
    </message>
    <message>
        <source>The sheet was not written: {reason}</source>
        <translation>Fișa nu a fost scrisă: {reason}</translation>
    </message>
    <message>
        <source>The trash cannot be exported. Choose practices, contacts, tools or themes.</source>
        <translation>Coșul de gunoi nu poate fi exportat. Alegeți practici, contacte, instrumente sau teme.</translation>
    </message>
    <message>
        <source>These contacts look like the same person or organisation. Merging keeps one contact, fills its empty fields from the others, moves every link and attachment to it, and moves the others to the trash (restorable).</source>
        <translation>Aceste contacte par să fie aceeași persoană sau organizație. Îmbinarea păstrează un contact, îi completează câmpurile goale din celelalte, îi mută toate legăturile și atașamentele și le mută pe celelalte în coșul de gunoi (se pot restaura).</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}</source>
        <translation>Acest fișier nu poate fi importat: {reason}</translation>
    </message>
    <message>
        <source>This file cannot be restored: {reason}</source>
        <translation>Acest fișier nu poate fi restaurat: {reason}</translation>
    </message>
    <message>
        <source>This is asked once and kept for the workspace; File → Settings changes it. Numbers with a country code, and rows that name a country, are read as they are.</source>
        <translation>Întrebarea se pune o singură dată și răspunsul se păstrează pentru spațiul de lucru; îl puteți schimba în Fișier → Setări. Numerele cu prefix de țară și rândurile care indică o țară sunt citite așa cum sunt.</translation>
    </message>
    <message>
        <source>This row has a problem</source>
        <translation>Acest rând are o problemă</translation>
    </message>
    <message>
        <source>This workspace is not shared with a group server; copies elsewhere (backups, exports) are not touched.</source>
        <translation>Acest spațiu de lucru nu este partajat cu un server de grup; copiile din alte locuri (copii de rezervă, exporturi) nu sunt atinse.</translation>
    </message>
    <message>
        <source>This workspace is shared: the erasure is sent to the group server at the next sync, and every member&apos;s copy erases it too.</source>
        <translation>Acest spațiu de lucru este partajat: ștergerea definitivă este trimisă serverului grupului la următoarea sincronizare, iar copia fiecărui membru o șterge și ea.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>UTF-8 with &amp;BOM, for Excel</source>
        <translation>UTF-8 cu &amp;BOM, pentru Excel</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <extracomment>the collections a table can be imported into</extracomment>
        <translation>UTF-8 cu BOM</translation>
    </message>
    <message>
        <source>UTF-8 with BOM, for Excel</source>
        <translation>UTF-8 cu BOM, pentru Excel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Bară verticală ( | )</translation>
    </message>
    <message>
        <source>Wait until the work in progress (an import, an export) has finished, then restore again.</source>
        <translation>Așteptați să se termine lucrul în curs (un import, un export), apoi restaurați din nou.</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Avertismente ({count})</translation>
    </message>
    <message>
        <source>What erasing does</source>
        <translation>Ce face ștergerea definitivă</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>De ce</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>De ce seamănă</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>De ce: {reasons}</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>Se scrie {name}</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>coloana {number}</translation>
    </message>
    <message>
        <source>created {date}</source>
        <translation>creat {date}</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>home</source>
        <translation>acasă</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>other</source>
        <translation>altul</translation>
    </message>
    <message>
        <source>practice-sheets</source>
        <translation>fise-de-practica</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>acest fișier</translation>
    </message>
    <message>
        <source>vCard 3.0 (older phones)</source>
        <translation>vCard 3.0 (telefoane mai vechi)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Fișiere vCard (*.vcf)</translation>
    </message>
    <message>
        <source>work</source>
        <translation>serviciu</translation>
    </message>
    <message>
        <source>{name} holds phone numbers without a country code (such as “{example}”) on rows that name no country. In which country are they?</source>
        <translation>{name} conține numere de telefon fără prefix de țară (de exemplu „{example}”) pe rânduri care nu indică nicio țară. Din ce țară sunt?</translation>
    </message>
    <message>
        <source>{name} — {details}</source>
        <translation>{name} — {details}</translation>
    </message>
    <message>
        <source>{what}: every record the list shows ({count}), with its filters, its order and the columns shown.</source>
        <translation>{what}: toate fișele afișate în listă ({count}), cu filtrele, ordinea și coloanele afișate.</translation>
    </message>
    <message>
        <source>{what}: {count} found</source>
        <translation>{what}: {count} găsite</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>— nu importa —</translation>
    </message>
    <message>
        <source>“{name}” was erased.</source>
        <translation>„{name}” a fost șters definitiv.</translation>
    </message>
    <message>
        <source>“{name}” was erased. No other record mentions them in its text.</source>
        <translation>„{name}” a fost șters definitiv. Nicio altă fișă nu menționează această persoană în text.</translation>
    </message>
    <message>
        <source>“{name}” was erased. These records still mention them in their text. Open each one and remove or reword the mention where it is personal data.</source>
        <translation>„{name}” a fost șters definitiv. Aceste fișe încă menționează persoana în text. Deschideți-le pe rând și eliminați sau reformulați mențiunea acolo unde este vorba de date cu caracter personal.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Give the currency of the funding amount</source>
        <translation>Indicați moneda sumei finanțării</translation>
    </message>
    <message>
        <source>Region {value} is not in {country}</source>
        <translation>Regiunea {value} nu este în {country}</translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation>Data de sfârșit este înaintea datei de început</translation>
    </message>
    <message>
        <source>Unknown field “{value}”</source>
        <translation>Câmp necunoscut „{value}”</translation>
    </message>
    <message>
        <source>{label} cannot be negative</source>
        <translation>{label}: valoarea nu poate fi negativă</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label}: câmp obligatoriu</translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters, at most {limit})</source>
        <translation>{label}: text prea lung ({length} caractere, cel mult {limit})</translation>
    </message>
    <message>
        <source>{label} must be a list</source>
        <translation>{label}: trebuie să fie o listă</translation>
    </message>
    <message>
        <source>{label} must be a list of text</source>
        <translation>{label}: trebuie să fie o listă de texte</translation>
    </message>
    <message>
        <source>{label} must be a number, not “{value}”</source>
        <translation>{label}: trebuie să fie un număr, nu „{value}”</translation>
    </message>
    <message>
        <source>{label} must be a whole number</source>
        <translation>{label}: trebuie să fie un număr întreg</translation>
    </message>
    <message>
        <source>{label} must be text</source>
        <translation>{label}: trebuie să fie text</translation>
    </message>
    <message>
        <source>{label}: each entry needs a value</source>
        <translation>{label}: fiecare element trebuie să aibă o valoare</translation>
    </message>
    <message>
        <source>“{value}” is not a NUTS region code</source>
        <translation>„{value}” nu este un cod de regiune NUTS</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD)</source>
        <translation>„{value}” nu este o dată (folosiți AAAA-LL-ZZ)</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number (use +country code, e.g. +351 21 000 0000)</source>
        <translation>„{value}” nu este un număr de telefon (folosiți +prefixul țării, de ex. +40 21 000 0000)</translation>
    </message>
    <message>
        <source>“{value}” is not a possible phone number</source>
        <translation>„{value}” nu este un număr de telefon posibil</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>„{value}” nu este un identificator de fișă</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address</source>
        <translation>„{value}” nu este o adresă de e-mail validă</translation>
    </message>
    <message>
        <source>“{value}” is not a web address (it should start with https://)</source>
        <translation>„{value}” nu este o adresă web (ar trebui să înceapă cu https://)</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 3166 country code</source>
        <translation>„{value}” nu este un cod de țară ISO 3166</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 4217 currency code</source>
        <translation>„{value}” nu este un cod de monedă ISO 4217</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 639 language code</source>
        <translation>„{value}” nu este un cod de limbă ISO 639</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>„{value}” nu este una dintre: {choices}</translation>
    </message>
</context>
<context>
    <name>WhatsNew</name>
    <message>
        <source>&amp;What&apos;s new</source>
        <translation>&amp;Noutăți</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(fără titlu)</translation>
    </message>
    <message>
        <source>By {who}, {when}</source>
        <translation>De {who}, {when}</translation>
    </message>
    <message>
        <source>Changed contact: {title}</source>
        <translation>Contact modificat: {title}</translation>
    </message>
    <message>
        <source>Changed practice: {title}</source>
        <translation>Practică modificată: {title}</translation>
    </message>
    <message>
        <source>Changed tool: {title}</source>
        <translation>Instrument modificat: {title}</translation>
    </message>
    <message>
        <source>Everything here is read.</source>
        <translation>Totul aici este citit.</translation>
    </message>
    <message>
        <source>First sync: {items} from your group</source>
        <translation>Prima sincronizare: {items} de la grupul dvs.</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>Marchează &amp;toate ca citite</translation>
    </message>
    <message>
        <source>Mark everything in What&apos;s new as read</source>
        <translation>Marchează tot din Noutăți ca citit</translation>
    </message>
    <message>
        <source>New contact: {title}</source>
        <translation>Contact nou: {title}</translation>
    </message>
    <message>
        <source>New practice: {title}</source>
        <translation>Practică nouă: {title}</translation>
    </message>
    <message>
        <source>New tool: {title}</source>
        <translation>Instrument nou: {title}</translation>
    </message>
    <message>
        <source>Nothing new from your group yet. When others add or change practices, contacts or tools, they are listed here after a sync.</source>
        <translation>Încă nimic nou de la grupul dvs. Când alții adaugă sau modifică practici, contacte sau instrumente, acestea apar aici după o sincronizare.</translation>
    </message>
    <message>
        <source>Only &amp;unread</source>
        <translation>Doar &amp;necitite</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Fișa nu mai există.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Astăzi</translation>
    </message>
    <message>
        <source>Unread: {line}</source>
        <translation>Necitit: {line}</translation>
    </message>
    <message>
        <source>What arrived from your group</source>
        <translation>Ce a sosit de la grupul dvs.</translation>
    </message>
    <message>
        <source>What your group added or changed since you last looked</source>
        <translation>Ce a adăugat sau a modificat grupul dvs. de la ultima vizită</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Noutăți</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ieri</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>cineva</translation>
    </message>
    <message>
        <source>{day} · {who}: {counts}</source>
        <translation>{day} · {who}: {counts}</translation>
    </message>
    <message>
        <source>{items} from your group</source>
        <translation>{items} de la grupul dvs.</translation>
    </message>
</context>
</TS>
