<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>Attachments</name>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>No program to open this file</source>
        <translation>Nessun programma apre questo file</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Salva una copia</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Salva una copia…</translation>
    </message>
    <message>
        <source>This computer has no program that opens “{name}”. You can save a copy and open it later with a program of your choice.</source>
        <translation>Questo computer non ha un programma che apra «{name}». Puoi salvarne una copia e aprirla più tardi con un programma a tua scelta.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Advice service</source>
        <translation>Servizio di consulenza</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Ente pubblico</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Cattiva</translation>
    </message>
    <message>
        <source>Community cooperative</source>
        <translation>Cooperativa di comunità</translation>
    </message>
    <message>
        <source>Community foundation</source>
        <translation>Fondazione di comunità</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contratto</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Finance service</source>
        <translation>Ente finanziatore</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buona</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Linee guida</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obbligo legale</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Legittimo interesse</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Ente locale</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Metodologia</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mista</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Cellulare</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Policy recommendation</source>
        <translation>Raccomandazione politica</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Compito di interesse pubblico</translation>
    </message>
    <message>
        <source>Regional authority</source>
        <translation>Ente regionale</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Condivisa</translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation>Impresa sociale</translation>
    </message>
    <message>
        <source>Support service</source>
        <translation>Servizio di supporto</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Third place</source>
        <translation>Terzo luogo</translation>
    </message>
    <message>
        <source>Toolkit</source>
        <translation>Kit di strumenti</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formazione</translation>
    </message>
    <message>
        <source>Village association</source>
        <translation>Associazione di paese</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Interessi vitali</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ritirato</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Lavoro</translation>
    </message>
    <message>
        <source>Work integration enterprise</source>
        <translation>Impresa di inserimento lavorativo</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <source>Attachment</source>
        <translation>Allegato</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Allegati</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussione</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Discussioni</translation>
    </message>
    <message>
        <source>Linked contacts</source>
        <translation>Contatti collegati</translation>
    </message>
    <message>
        <source>Linked practices</source>
        <translation>Pratiche collegate</translation>
    </message>
    <message>
        <source>Linked tools</source>
        <translation>Strumenti collegati</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuovo contatto</translation>
    </message>
    <message>
        <source>New practice</source>
        <extracomment>the interface languages, each named in itself (never translated), in the order the EU lists its 24 official languages: alphabetical by that own name (български, español, čeština, …)</extracomment>
        <translation>Nuova pratica</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nuovo tema</translation>
    </message>
    <message>
        <source>New tool</source>
        <translation>Nuovo strumento</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Pratica</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Pratiche</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temi</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Strumento</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Strumenti</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignora</translation>
    </message>
    <message>
        <source>&amp;Leave it deleted</source>
        <translation>&amp;Lasciala eliminata</translation>
    </message>
    <message>
        <source>&amp;Merged value (edit, then save):</source>
        <translation>&amp;Valore unito (modificalo, poi salva):</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Apri la scheda</translation>
    </message>
    <message>
        <source>&amp;Restore the record</source>
        <translation>&amp;Ripristina la scheda</translation>
    </message>
    <message>
        <source>&amp;Save merged value</source>
        <translation>&amp;Salva il valore unito</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>kinds whose stored values are codes or ids: shown by name, in the interface language</extracomment>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(senza titolo)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Tieni il &amp;mio</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Tieni il &amp;loro</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Valore unito</translation>
    </message>
    <message>
        <source>No conflicts: everything your group changed fitted together.</source>
        <translation>Nessun conflitto: tutte le modifiche del tuo gruppo erano compatibili.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Non salvato: {error}</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflitti aperti</translation>
    </message>
    <message>
        <source>Refused: {title} — {field}</source>
        <translation>Rifiutato: {title} — {field}</translation>
    </message>
    <message>
        <source>Settled: “{title}” — {field}. Your choice is shared with the group at the next sync.</source>
        <translation>Risolto: «{title}» — {field}. La tua scelta viene condivisa con il gruppo alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Il loro valore</translation>
    </message>
    <message>
        <source>Theirs — by {who}, {when}</source>
        <translation>Il loro — di {who}, {when}</translation>
    </message>
    <message>
        <source>When two people changed the same thing before syncing, the group server kept one value and set the other aside. Choose what the record should say; your choice is shared with everyone at the next sync.</source>
        <translation>Quando due persone hanno modificato la stessa cosa prima di sincronizzare, il server del gruppo ha tenuto un valore e messo da parte l&apos;altro. Scegli cosa deve riportare la scheda; la tua scelta verrà condivisa con tutti alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Perché il server l&apos;ha rifiutata</translation>
    </message>
    <message>
        <source>Your change ({when})</source>
        <translation>La tua modifica ({when})</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Il tuo valore</translation>
    </message>
    <message>
        <source>Yours — by {who}, {when}</source>
        <translation>Il tuo — di {who}, {when}</translation>
    </message>
    <message>
        <source>another member</source>
        <translation>un altro membro</translation>
    </message>
    <message>
        <source>deleted or kept</source>
        <translation>eliminata o mantenuta</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>il gruppo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>you</source>
        <translation>tu</translation>
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
        <translation>(senza titolo)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Annulla la modifica</translation>
    </message>
    <message>
        <source>Choose a record in the list, or press Ctrl+N to add one.</source>
        <translation>Scegli una scheda nell&apos;elenco, oppure premi Ctrl+N per aggiungerne una.</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>the record now shown (None: none), for what sits beside it (ui/discussions: its comments)</extracomment>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Edit form</source>
        <translation>Modulo di modifica</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Modifica «{title}»</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>I campi contrassegnati con * sono obbligatori.</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Uscire senza salvare?</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Correggi i campi segnalati qui sotto.</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problema nel campo {field}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obbligatorio</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Salva la scheda</translation>
    </message>
    <message>
        <source>Your changes to this record are not saved. Leave the form and lose them?</source>
        <translation>Le modifiche a questa scheda non sono salvate. Uscire dal modulo e perderle?</translation>
    </message>
    <message>
        <source>created by {who}</source>
        <translation>creato da {who}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <extracomment>a member id as people read it (the group&apos;s member directory, store.news.name)</extracomment>
        <translation>nel cestino</translation>
    </message>
    <message>
        <source>last changed {when} by {who}</source>
        <translation>ultima modifica il {when} da {who}</translation>
    </message>
    <message>
        <source>not on this computer yet</source>
        <translation>non ancora su questo computer</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>rimuovi</translation>
    </message>
    <message>
        <source>unlink</source>
        <translation>scollega</translation>
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
        <translation>&amp;Allegati:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>Cartella dei &amp;dati:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>Dimensione del &amp;testo:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Lingua dell&apos;interfaccia:</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>Codice di &amp;invito:</translation>
    </message>
    <message>
        <source>&amp;Phone region:</source>
        <translation>Regione &amp;telefonica:</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start.</source>
        <translation>La nuova cartella dei dati verrà usata dal prossimo avvio.</translation>
    </message>
    <message>
        <source>Add your own practices, contacts and tools.</source>
        <translation>Aggiungi le tue pratiche, i tuoi contatti e strumenti.</translation>
    </message>
    <message>
        <source>As&amp;k before a sync changes more than:</source>
        <translation>&amp;Chiedi prima che una sincronizzazione modifichi più di:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Scegli la cartella dei dati</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Connect to a group server</source>
        <translation>Collegati a un server del gruppo</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Cartella dei dati</translation>
    </message>
    <message>
        <source>Default data folder</source>
        <translation>Cartella dei dati predefinita</translation>
    </message>
    <message>
        <source>Demo records per collection</source>
        <translation>Schede dimostrative per tipo</translation>
    </message>
    <message>
        <source>Download when opened</source>
        <translation>Scarica all&apos;apertura</translation>
    </message>
    <message>
        <source>Fictional practices, contacts and tools in seven languages, to try things out. You can delete them later.</source>
        <translation>Pratiche, contatti e strumenti inventati in sette lingue, per fare delle prove. Potrai eliminarli in seguito.</translation>
    </message>
    <message>
        <source>Find records to link</source>
        <translation>Trova schede da collegare</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Codice di invito</translation>
    </message>
    <message>
        <source>Join your group&apos;s shared repository with the invitation code your coordinator sent you.</source>
        <translation>Entra nell’archivio condiviso del tuo gruppo con il codice di invito che ti ha inviato il coordinatore.</translation>
    </message>
    <message>
        <source>Keep all offline</source>
        <translation>Tieni tutto offline</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Carica dati dimostrativi</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Solo quando lo chiedo</translation>
    </message>
    <message>
        <source>Records per collection:</source>
        <translation>Schede per tipo:</translation>
    </message>
    <message>
        <source>Records to link</source>
        <translation>Schede da collegare</translation>
    </message>
    <message>
        <source>RuralDesk keeps your group&apos;s practices, contacts and tools on this computer, and works without a connection. How would you like to start?</source>
        <translation>RuralDesk conserva le pratiche, i contatti e gli strumenti del tuo gruppo su questo computer e funziona senza connessione. Come vuoi iniziare?</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>Sincroni&amp;zza ogni:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Show these columns:</source>
        <translation>Mostra queste colonne:</translation>
    </message>
    <message>
        <source>Start with an empty workspace</source>
        <translation>Inizia con un&apos;area di lavoro vuota</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Interruzione in corso…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Lingua del sistema</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Dimensione del sistema</translation>
    </message>
    <message>
        <source>Type a name or a word to find records</source>
        <translation>Scrivi un nome o una parola per trovare le schede</translation>
    </message>
    <message>
        <source>Welcome to RuralDesk</source>
        <translation>Benvenuto in RuralDesk</translation>
    </message>
    <message>
        <source>added {when}</source>
        <translation>aggiunto il {when}</translation>
    </message>
    <message>
        <source>{title}: {done} of {total}</source>
        <translation>{title}: {done} di {total}</translation>
    </message>
</context>
<context>
    <name>Discussions</name>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n messaggio</numerusform>
            <numerusform>%n messaggi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topics</source>
        <translation>
            <numerusform>%n argomento</numerusform>
            <numerusform>%n argomenti</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(senza titolo)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(non indicata)</translation>
    </message>
    <message>
        <source>A topic needs a title and an opening post.</source>
        <translation>Un argomento ha bisogno di un titolo e di un messaggio iniziale.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Allega file</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Allega file…</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Allegati:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commenti</translation>
    </message>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Commenti (%n)</numerusform>
            <numerusform>Commenti (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the discussion: {error}</source>
        <translation>Impossibile esportare la discussione: {error}</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Salvataggio non riuscito: {error}</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Bozza conservata</translation>
    </message>
    <message>
        <source>Draft kept from {when}</source>
        <translation>Bozza conservata del {when}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Edit your post</source>
        <translation>Modifica il tuo messaggio</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Esporta come Markdown…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Esporta come PDF…</translation>
    </message>
    <message>
        <source>Export the discussion</source>
        <translation>Esporta la discussione</translation>
    </message>
    <message>
        <source>Files to attach to this post</source>
        <translation>File da allegare a questo messaggio</translation>
    </message>
    <message>
        <source>Files to attach: {names}</source>
        <translation>File da allegare: {names}</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Nascosto da un coordinatore: {reason}</translation>
    </message>
    <message>
        <source>Hidden from the group: {reason}</source>
        <translation>Nascosto al gruppo: {reason}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Nascondi</translation>
    </message>
    <message>
        <source>Hide the discussion…</source>
        <translation>Nascondi la discussione…</translation>
    </message>
    <message>
        <source>Hide…</source>
        <translation>Nascondi…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Ultima attività</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>New &amp;topic…</source>
        <translation>Nuovo &amp;argomento…</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Nuovo argomento</translation>
    </message>
    <message>
        <source>New topic…</source>
        <translation>Nuovo argomento…</translation>
    </message>
    <message>
        <source>No posts yet. Write the first one below.</source>
        <translation>Ancora nessun messaggio. Scrivi il primo qui sotto.</translation>
    </message>
    <message>
        <source>No topics yet. Start one with New topic; comments on a practice, tool or contact are at the foot of its page.</source>
        <translation>Ancora nessun argomento. Avviane uno con Nuovo argomento; i commenti su una pratica, uno strumento o un contatto sono in fondo alla sua pagina.</translation>
    </message>
    <message>
        <source>Not a reply</source>
        <translation>Non è una risposta</translation>
    </message>
    <message>
        <source>Not allowed: {reason}.</source>
        <translation>Non consentito: {reason}.</translation>
    </message>
    <message>
        <source>Opening post</source>
        <translation>Messaggio iniziale</translation>
    </message>
    <message>
        <source>Opening post:</source>
        <translation>Messaggio iniziale:</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Pubblica</translation>
    </message>
    <message>
        <source>Post it (Ctrl+Enter)</source>
        <translation>Pubblica (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Messaggio rimosso</translation>
    </message>
    <message>
        <source>Posted. It goes to the group at the next sync.</source>
        <translation>Pubblicato. Arriva al gruppo alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Rispondi</translation>
    </message>
    <message>
        <source>Replying to a post</source>
        <translation>Risposta a un messaggio</translation>
    </message>
    <message>
        <source>Replying to {name}</source>
        <translation>Risposta a {name}</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier posts</source>
        <translation>
            <numerusform>Mostra %n messaggio precedente</numerusform>
            <numerusform>Mostra %n messaggi precedenti</numerusform>
        </translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Mostra di nuovo</translation>
    </message>
    <message>
        <source>Show discussions</source>
        <translation>Mostra le discussioni</translation>
    </message>
    <message>
        <source>Start a discussion with the group</source>
        <translation>Avvia una discussione con il gruppo</translation>
    </message>
    <message>
        <source>Start a discussion with the group (Ctrl+Shift+D)</source>
        <translation>Avvia una discussione con il gruppo (Ctrl+Maiusc+D)</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Avviata da</translation>
    </message>
    <message>
        <source>The discussion was written to {path}.</source>
        <translation>La discussione è stata scritta in {path}.</translation>
    </message>
    <message>
        <source>The earlier version stays in the post&apos;s history.</source>
        <translation>La versione precedente resta nella cronologia del messaggio.</translation>
    </message>
    <message>
        <source>The opening post… *emphasis*, **strong**, - lists, [links](https://…), @member</source>
        <translation>Il messaggio iniziale… *corsivo*, **grassetto**, - elenchi, [link](https://…), @membro</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titolo:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Argomenti</translation>
    </message>
    <message>
        <source>Version {n}, {when}, by {name}</source>
        <translation>Versione {n}, {when}, di {name}</translation>
    </message>
    <message>
        <source>Versions of the post</source>
        <translation>Versioni del messaggio</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>Di che cosa si tratta?</translation>
    </message>
    <message>
        <source>Why is it hidden? Everyone sees the reason in its place.</source>
        <translation>Perché viene nascosto? Tutti vedono il motivo al suo posto.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Ritira</translation>
    </message>
    <message>
        <source>Withdraw this post? Its text goes from the thread; its earlier versions stay in its history.</source>
        <translation>Ritirare questo messaggio? Il testo esce dalla discussione; le versioni precedenti restano nella cronologia.</translation>
    </message>
    <message>
        <source>Withdraw your post</source>
        <translation>Ritira il tuo messaggio</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Ritirato dal suo autore.</translation>
    </message>
    <message>
        <source>Write a post… *emphasis*, **strong**, - lists, [links](https://…), @member (Ctrl+Enter posts)</source>
        <translation>Scrivi un messaggio… *corsivo*, **grassetto**, - elenchi, [link](https://…), @membro (Ctrl+Invio pubblica)</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Scrivi prima qualcosa.</translation>
    </message>
    <message>
        <source>Write to the whole thread instead (Escape)</source>
        <translation>Scrivi invece a tutta la discussione (Esc)</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>Il tuo messaggio</translation>
    </message>
    <message>
        <source>a discussion&apos;s rules do not allow this change</source>
        <translation>le regole di una discussione non consentono questa modifica</translation>
    </message>
    <message>
        <source>a post needs some text</source>
        <translation>un messaggio ha bisogno di un testo</translation>
    </message>
    <message>
        <source>a removed post</source>
        <translation>un messaggio rimosso</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modificato</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>in risposta a {name}</translation>
    </message>
    <message>
        <source>only a coordinator can hide a post or a discussion</source>
        <translation>solo un coordinatore può nascondere un messaggio o una discussione</translation>
    </message>
    <message>
        <source>only its author can edit or withdraw a post</source>
        <extracomment>what a discussion write changes, for the views</extracomment>
        <translation>solo il suo autore può modificare o ritirare un messaggio</translation>
    </message>
    <message>
        <source>only the member who started a discussion can change its title, themes or language</source>
        <translation>solo chi ha avviato una discussione può cambiarne titolo, temi o lingua</translation>
    </message>
    <message>
        <source>started by {name}</source>
        <translation>avviata da {name}</translation>
    </message>
    <message>
        <source>{title} (hidden)</source>
        <translation>{title} (nascosto)</translation>
    </message>
    <message>
        <source>{title} · {count} new</source>
        <translation>{title} · {count} nuovi</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>(choose)</source>
        <translation>(scegli)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>No date</source>
        <extracomment>where the calendar opens when no date is set; the form points an end date at its start</extracomment>
        <translation>Nessuna data</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Type and press Enter</source>
        <translation>Scrivi e premi Invio</translation>
    </message>
    <message>
        <source>add</source>
        <translation>aggiungi</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>cancella</translation>
    </message>
    <message>
        <source>list</source>
        <translation>elenco</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>rimuovi</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>da aggiungere</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipo</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Activities</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Allegati</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>Broader theme</source>
        <translation>Tema più ampio</translation>
    </message>
    <message>
        <source>Comments on</source>
        <translation>Commenti su</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Data del consenso</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Origine del consenso</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contesto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussione</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Indirizzi e-mail</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data di fine</translation>
    </message>
    <message>
        <source>Expertise themes</source>
        <translation>Temi di competenza</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nome del file</translation>
    </message>
    <message>
        <source>Full name of a person, or the name of an organisation</source>
        <translation>Nome e cognome di una persona, oppure nome di un&apos;organizzazione</translation>
    </message>
    <message>
        <source>Funding amount</source>
        <translation>Importo del finanziamento</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Fonte di finanziamento</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Group member</source>
        <translation>Membro del gruppo</translation>
    </message>
    <message>
        <source>Hidden because</source>
        <translation>Nascosto perché</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>In risposta a</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Base giuridica</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lezioni apprese</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Tipo di file</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menzioni</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <source>Obstacles (legal / policy)</source>
        <translation>Ostacoli (normativi / politici)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Organisation types</source>
        <translation>Tipi di organizzazione</translation>
    </message>
    <message>
        <source>Partners (incl. authorities)</source>
        <translation>Partner (inclusi gli enti pubblici)</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefoni</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Related contacts</source>
        <translation>Contatti collegati</translation>
    </message>
    <message>
        <source>Related tools</source>
        <translation>Strumenti collegati</translation>
    </message>
    <message>
        <source>Removed posts</source>
        <translation>Messaggi rimossi</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Nota di revisione</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Dimensione (byte)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data di inizio</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Avviata da</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sintesi</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>The person&apos;s member name in the group: their posts are then part of their data</source>
        <translation>Il nome di membro della persona nel gruppo: i suoi messaggi fanno allora parte dei suoi dati</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Town / village</source>
        <translation>Comune / frazione</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Trasferibilità</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>&amp;Audit log</source>
        <translation>Registro di &amp;audit</translation>
    </message>
    <message>
        <source>&amp;Cancel the invitation</source>
        <translation>&amp;Annulla l’invito</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>&amp;Export everything about this person…</source>
        <translation>&amp;Esporta tutto su questa persona…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Hand a file to the server…</source>
        <translation>Passa un file al &amp;server…</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Inviti</translation>
    </message>
    <message>
        <source>&amp;Invite someone…</source>
        <translation>&amp;Invita qualcuno…</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Membri</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Newest entries</source>
        <translation>Voci più &amp;recenti</translation>
    </message>
    <message>
        <source>&amp;Older entries</source>
        <translation>Voci più &amp;vecchie</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizzazione:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Frase &amp;segreta:</translation>
    </message>
    <message>
        <source>&amp;People&apos;s data</source>
        <translation>Dati &amp;personali</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Valido per:</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 giorno</translation>
    </message>
    <message>
        <source>1 week</source>
        <extracomment>how long an invitation can be redeemed, in hours</extracomment>
        <translation>1 settimana</translation>
    </message>
    <message>
        <source>A revoked token stops syncing at once: that computer keeps its copy but can no longer send or receive. Tick the computers to cut off.</source>
        <translation>Un token revocato smette subito di sincronizzare: quel computer conserva la sua copia ma non può più inviare né ricevere. Spunta i computer da escludere.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Riguarda</translation>
    </message>
    <message>
        <source>Added a member</source>
        <translation>Ha aggiunto un membro</translation>
    </message>
    <message>
        <source>Asking the server who you are…</source>
        <translation>Chiedo al server chi sei…</translation>
    </message>
    <message>
        <source>At {url}</source>
        <translation>Su {url}</translation>
    </message>
    <message>
        <source>At {url} · you are: {role}</source>
        <translation>Su {url} · il tuo ruolo: {role}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro di audit</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Sce&amp;gli…</translation>
    </message>
    <message>
        <source>Cancel the invitation</source>
        <translation>Annulla l’invito</translation>
    </message>
    <message>
        <source>Cancel the invitation for {name}? The code stops working at once; you can invite them again later.</source>
        <translation>Annullare l’invito per {name}? Il codice smette subito di funzionare; potrai invitarlo di nuovo più tardi.</translation>
    </message>
    <message>
        <source>Cancelled an invitation</source>
        <translation>Ha annullato un invito</translation>
    </message>
    <message>
        <source>Cancelling the invitation…</source>
        <translation>Annullamento dell’invito…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Cambia &amp;ruolo…</translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation>Cambia il ruolo di {name}</translation>
    </message>
    <message>
        <source>Changed a member</source>
        <translation>Ha modificato un membro</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>Cambio del ruolo…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Scegli il file</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinatore</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
    <message>
        <source>Copy the invitation code</source>
        <translation>Copia il codice di invito</translation>
    </message>
    <message>
        <source>Create the invitation</source>
        <translation>Crea l’invito</translation>
    </message>
    <message>
        <source>Creating the invitation…</source>
        <translation>Creazione dell’invito…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>&amp;Cancella questa persona…</translation>
    </message>
    <message>
        <source>Erase on every replica</source>
        <translation>Cancella su ogni replica</translation>
    </message>
    <message>
        <source>Erase “{name}”</source>
        <translation>Cancella «{name}»</translation>
    </message>
    <message>
        <source>Erase “{name}” from the whole group? This cannot be undone. It is erased here and sent to the server at once; every member&apos;s copy of RuralDesk erases it at its next sync:</source>
        <translation>Cancellare «{name}» da tutto il gruppo? Non si può annullare. Viene cancellato qui e inviato subito al server; la copia di RuralDesk di ogni membro lo cancella alla prossima sincronizzazione:</translation>
    </message>
    <message>
        <source>Erased a record</source>
        <translation>Ha cancellato un record</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Cancellazione…</translation>
    </message>
    <message>
        <source>Everything about {name} was written to {path}.</source>
        <translation>Tutto su {name} è stato scritto in {path}.</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Esporta tutto su {name}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Esportazione…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Trova una persona</translation>
    </message>
    <message>
        <source>Give {name} this code. In RuralDesk they choose Sync → Set up sync… and paste it, or scan the picture with a phone and send it to themselves. It works once, until {expires}.</source>
        <translation>Dai questo codice a {name}. In RuralDesk sceglie Sincronizzazione → Configura la sincronizzazione… e lo incolla, oppure inquadra l’immagine con un telefono e se lo invia. Funziona una sola volta, fino al {expires}.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Group window status</source>
        <translation>Stato della finestra Gruppo</translation>
    </message>
    <message>
        <source>Group “{group}”</source>
        <translation>Gruppo «{group}»</translation>
    </message>
    <message>
        <source>Hand a file to the server</source>
        <translation>Passa un file al server</translation>
    </message>
    <message>
        <source>Hand to the server</source>
        <translation>Passa al server</translation>
    </message>
    <message>
        <source>Handing the file to the server…</source>
        <translation>Passaggio del file al server…</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Codice di invito</translation>
    </message>
    <message>
        <source>Invitation code as a QR code</source>
        <translation>Codice di invito come codice QR</translation>
    </message>
    <message>
        <source>Invitation for {name}</source>
        <translation>Invito per {name}</translation>
    </message>
    <message>
        <source>Invitation for {name} cancelled.</source>
        <translation>Invito per {name} annullato.</translation>
    </message>
    <message>
        <source>Invitation for {name} created.</source>
        <translation>Invito per {name} creato.</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <translation>Invita qualcuno</translation>
    </message>
    <message>
        <source>Invited someone</source>
        <translation>Ha invitato qualcuno</translation>
    </message>
    <message>
        <source>Issued a token</source>
        <translation>Ha emesso un token</translation>
    </message>
    <message>
        <source>Its attachments: none</source>
        <translation>I suoi allegati: nessuno</translation>
    </message>
    <message>
        <source>Its attachments: {names}</source>
        <translation>I suoi allegati: {names}</translation>
    </message>
    <message>
        <source>Its history, with the values it held (changes recorded: {count})</source>
        <translation>La sua cronologia, con i valori che conteneva (modifiche registrate: {count})</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>File JSON (*.json)</translation>
    </message>
    <message>
        <source>Joined the group, but the token could not be kept: {error}</source>
        <extracomment>starts network work off the UI thread: Operations.run, or the worker itself</extracomment>
        <translation>Sei entrato nel gruppo, ma non è stato possibile conservare il token: {error}</translation>
    </message>
    <message>
        <source>Joined with an invitation</source>
        <translation>È entrato con un invito</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Ultima sincronizzazione</translation>
    </message>
    <message>
        <source>Links to it from other records: none</source>
        <translation>Collegamenti da altri record: nessuno</translation>
    </message>
    <message>
        <source>Links to it from {records} ({count}): {titles}</source>
        <translation>Collegamenti da {records} ({count}): {titles}</translation>
    </message>
    <message>
        <source>Listing what the erasure removes…</source>
        <translation>Elenco di ciò che la cancellazione rimuove…</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Caricamento del registro di audit…</translation>
    </message>
    <message>
        <source>Loading the member&apos;s tokens…</source>
        <translation>Caricamento dei token del membro…</translation>
    </message>
    <message>
        <source>Loading the members…</source>
        <translation>Caricamento dei membri…</translation>
    </message>
    <message>
        <source>Loading the open invitations…</source>
        <translation>Caricamento degli inviti aperti…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message>
        <source>Members see the new name after their next sync; the group&apos;s address stays.</source>
        <translation>I membri vedono il nuovo nome dopo la prossima sincronizzazione; l’indirizzo del gruppo resta lo stesso.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Not connected to a group server.</source>
        <translation>Non connesso a un server di gruppo.</translation>
    </message>
    <message>
        <source>Not done: {why}</source>
        <translation>Non eseguito: {why}</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied} and already had {already}.</source>
        <translation>Modifiche nel file: {total}; il server ne ha applicate {applied} e ne aveva già {already}.</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied}, already had {already} and refused {refused}: {reasons}.</source>
        <translation>Modifiche nel file: {total}; il server ne ha applicate {applied}, ne aveva già {already} e ne ha rifiutate {refused}: {reasons}.</translation>
    </message>
    <message>
        <source>Only the group&apos;s coordinators can invite people, change roles or remove members. Ask one of them.</source>
        <translation>Solo i coordinatori del gruppo possono invitare persone, cambiare ruoli o rimuovere membri. Chiedi a uno di loro.</translation>
    </message>
    <message>
        <source>Open invitations</source>
        <translation>Inviti aperti</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Ri&amp;carica</translation>
    </message>
    <message>
        <source>Re&amp;move from the group…</source>
        <translation>Ri&amp;muovi dal gruppo…</translation>
    </message>
    <message>
        <source>Re&amp;name the group…</source>
        <translation>Ri&amp;nomina il gruppo…</translation>
    </message>
    <message>
        <source>Re&amp;voke tokens…</source>
        <translation>Re&amp;voca token…</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Lettore</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Rimuovi {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the group</source>
        <translation>Rimuovi {name} dal gruppo</translation>
    </message>
    <message>
        <source>Remove {name} from the group? Their tokens stop working at once and they no longer receive the group&apos;s records. Everything they added or changed stays, under their name.</source>
        <translation>Rimuovere {name} dal gruppo? I suoi token smettono subito di funzionare e non riceve più i record del gruppo. Tutto ciò che ha aggiunto o modificato resta, a suo nome.</translation>
    </message>
    <message>
        <source>Removed a member</source>
        <translation>Ha rimosso un membro</translation>
    </message>
    <message>
        <source>Removing the member…</source>
        <translation>Rimozione del membro…</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>Rinomina il gruppo</translation>
    </message>
    <message>
        <source>Renamed the group</source>
        <translation>Ha rinominato il gruppo</translation>
    </message>
    <message>
        <source>Renaming the group…</source>
        <translation>Ridenominazione del gruppo…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoca</translation>
    </message>
    <message>
        <source>Revoke tokens of {name}</source>
        <translation>Revoca i token di {name}</translation>
    </message>
    <message>
        <source>Revoked a token</source>
        <translation>Ha revocato un token</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Revoca in corso…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Send the changes in a hand-over file someone brought straight to the server</source>
        <translation>Invia direttamente al server le modifiche di un file di passaggio portato da qualcuno</translation>
    </message>
    <message>
        <source>The changes in the file go to the server under the names of the people who made them; this computer gets them at its next sync, like everyone. Changes the server already has are not taken twice.</source>
        <translation>Le modifiche del file vanno al server a nome delle persone che le hanno fatte; questo computer le riceve alla sua prossima sincronizzazione, come tutti. Le modifiche che il server ha già non vengono prese due volte.</translation>
    </message>
    <message>
        <source>The code is on the clipboard.</source>
        <translation>Il codice è negli appunti.</translation>
    </message>
    <message>
        <source>The contact “{name}” and every field value it had</source>
        <translation>Il contatto «{name}» e tutti i valori dei suoi campi</translation>
    </message>
    <message>
        <source>The discussion about this contact, with its posts ({count})</source>
        <translation>La discussione su questo contatto, con i suoi messaggi ({count})</translation>
    </message>
    <message>
        <source>The file holds no changes; nothing was sent.</source>
        <translation>Il file non contiene modifiche; non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>The five words given with the file, separately from it.</source>
        <translation>Le cinque parole date insieme al file, separatamente da esso.</translation>
    </message>
    <message>
        <source>The group is now called “{name}”.</source>
        <translation>Il gruppo ora si chiama «{name}».</translation>
    </message>
    <message>
        <source>The invitation gives one person a place in the group. They paste the code into RuralDesk (Sync → Set up sync…) on their computer; it works once.</source>
        <translation>L’invito dà a una persona un posto nel gruppo. Incolla il codice in RuralDesk (Sincronizzazione → Configura la sincronizzazione…) sul suo computer; funziona una sola volta.</translation>
    </message>
    <message>
        <source>The person is also named in the text of {count} other records. That text is not changed: review it after the erasure (the export lists where).</source>
        <translation>La persona è nominata anche nel testo di altri record ({count}). Quel testo non viene modificato: rivedilo dopo la cancellazione (l’esportazione indica dove).</translation>
    </message>
    <message>
        <source>Their own posts in the group&apos;s discussions ({count}); the threads stay and show “post removed”</source>
        <translation>I suoi messaggi nelle discussioni del gruppo ({count}); le discussioni restano e mostrano «messaggio rimosso»</translation>
    </message>
    <message>
        <source>This member has no token in use.</source>
        <translation>Questo membro non ha token in uso.</translation>
    </message>
    <message>
        <source>This workspace is not connected to a group server. Use Sync → Set up sync… with the invitation code your coordinator gave you.</source>
        <translation>Questo spazio di lavoro non è connesso a un server di gruppo. Usa Sincronizzazione → Configura la sincronizzazione… con il codice di invito che ti ha dato il coordinatore.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Tokens revoked for {name}: {count}.</source>
        <translation>Token revocati per {name}: {count}.</translation>
    </message>
    <message>
        <source>Type a name, an e-mail or a phone number</source>
        <translation>Scrivi un nome, un’e-mail o un numero di telefono</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valido fino al</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Cosa succederà</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>When a person asks what the group holds about them, or asks to be forgotten (GDPR articles 15 and 17), find them here.</source>
        <extracomment>contacts listed at once (a search narrows them down)</extracomment>
        <translation>Quando una persona chiede cosa il gruppo conserva su di lei, o chiede di essere dimenticata (articoli 15 e 17 del GDPR), trovala qui.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>adds and edits the group&apos;s records</source>
        <translation>aggiunge e modifica i record del gruppo</translation>
    </message>
    <message>
        <source>as the group will see it</source>
        <translation>come lo vedrà il gruppo</translation>
    </message>
    <message>
        <source>manages the group: members, invitations, erasure</source>
        <translation>gestisce il gruppo: membri, inviti, cancellazione</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facoltativo</translation>
    </message>
    <message>
        <source>reads the group&apos;s records, changes nothing</source>
        <translation>legge i record del gruppo, non modifica nulla</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <extracomment>audit entries per page (&quot;Older entries&quot; asks for the next page)</extracomment>
        <translation>il file non può essere letto ({reason})</translation>
    </message>
    <message>
        <source>the server did not accept this computer&apos;s token; ask your coordinator for a new invitation</source>
        <translation>il server non ha accettato il token di questo computer; chiedi un nuovo invito al coordinatore</translation>
    </message>
    <message>
        <source>unnamed computer</source>
        <translation>computer senza nome</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} giorni</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} settimane</translation>
    </message>
    <message>
        <source>{label}, since {when}</source>
        <translation>{label}, dal {when}</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (tu)</translation>
    </message>
    <message>
        <source>{name} is no longer a member; their records stay.</source>
        <translation>{name} non è più membro; i suoi record restano.</translation>
    </message>
    <message>
        <source>{name} is now: {role}.</source>
        <translation>{name} ora è: {role}.</translation>
    </message>
    <message>
        <source>“{name}” was erased here; the erasure goes to the server with this sync and reaches every replica at its next sync.</source>
        <translation>«{name}» è stato cancellato qui; la cancellazione va al server con questa sincronizzazione e raggiunge ogni replica alla sua prossima sincronizzazione.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Applied: {applied}. Already here: {duplicates}. To pass on to the server: {held}. Refused: {refused}.</source>
        <translation>Applicate: {applied}. Già presenti: {duplicates}. Da passare al server: {held}. Rifiutate: {refused}.</translation>
    </message>
    <message>
        <source>Changes written: {count}, to {path}.

Passphrase (shown only now): {words}</source>
        <translation>Modifiche scritte: {count}, in {path}.

Frase segreta (mostrata solo ora): {words}</translation>
    </message>
    <message>
        <source>Connect this computer to the group&apos;s server once before handing changes over.</source>
        <translation>Collegate questo computer una volta al server del gruppo prima di passare modifiche.</translation>
    </message>
    <message>
        <source>Export changes for another computer…</source>
        <translation>Esporta le modifiche per un altro computer…</translation>
    </message>
    <message>
        <source>Exporting changes</source>
        <translation>Esportazione delle modifiche</translation>
    </message>
    <message>
        <source>Hand-over files (*.rdrelay);;All files (*)</source>
        <translation>File di passaggio (*.rdrelay);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Import changes from a file…</source>
        <translation>Importa modifiche da un file…</translation>
    </message>
    <message>
        <source>Importing changes</source>
        <translation>Importazione delle modifiche</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Non è cambiato nulla: {reason}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase segreta</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Interrotto. Non è cambiato nulla.</translation>
    </message>
    <message>
        <source>The file is cut short: it was not copied completely.</source>
        <translation>Il file è incompleto: non è stato copiato per intero.</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was made.</source>
        <translation>Il file è stato modificato o danneggiato dopo la sua creazione.</translation>
    </message>
    <message>
        <source>The file will be locked with these words (change them if you like). Give them to the person who imports it, separately from the file.</source>
        <translation>Il file sarà chiuso con queste parole (potete cambiarle). Datele alla persona che lo importa, separatamente dal file.</translation>
    </message>
    <message>
        <source>The passphrase does not open this file: check the words and try again.</source>
        <translation>La frase segreta non apre questo file: controllate le parole e riprovate.</translation>
    </message>
    <message>
        <source>This file holds changes of another group.</source>
        <translation>Questo file contiene modifiche di un altro gruppo.</translation>
    </message>
    <message>
        <source>This is not a RuralDesk hand-over file.</source>
        <translation>Questo non è un file di passaggio di RuralDesk.</translation>
    </message>
    <message>
        <source>Type the words the file was locked with.</source>
        <translation>Scrivete le parole con cui è stato chiuso il file.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>About RuralDesk</source>
        <translation>Informazioni su RuralDesk</translation>
    </message>
    <message>
        <source>An offline-first organiser of practices, contacts and tools for rural social-economy groups: village associations, cooperatives, social enterprises, third places and the authorities that work with them.</source>
        <translation>Un organizzatore che funziona prima di tutto offline, per pratiche, contatti e strumenti dei gruppi rurali dell&apos;economia sociale: associazioni di paese, cooperative, imprese sociali, terzi luoghi e gli enti pubblici che lavorano con loro.</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licenza:</translation>
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
        <translation>Guida utente di RuralDesk</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of RuralDesk. It is online at {url}</source>
        <translation>La guida utente non è installata con questa copia di RuralDesk. È disponibile online all&apos;indirizzo {url}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guida utente</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Area di lavoro:</translation>
    </message>
</context>
<context>
    <name>IO</name>
    <message>
        <source>Comments on {title}</source>
        <translation>Commenti su {title}</translation>
    </message>
    <message>
        <source>DejaVu Sans is not installed: the PDF uses Helvetica, which cannot print letters outside Western Europe (Polish, Greek…); install fonts-dejavu</source>
        <translation>DejaVu Sans non è installato: il PDF usa Helvetica, che non può stampare lettere al di fuori dell&apos;Europa occidentale (polacco, greco…); installa fonts-dejavu</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussione</translation>
    </message>
    <message>
        <source>Google Contacts export</source>
        <translation>Esportazione di Google Contatti</translation>
    </message>
    <message>
        <source>Google Contacts export (Outlook CSV)</source>
        <translation>Esportazione di Google Contatti (CSV di Outlook)</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Nascosto da un coordinatore: {reason}</translation>
    </message>
    <message>
        <source>Outlook export</source>
        <translation>Esportazione di Outlook</translation>
    </message>
    <message>
        <source>Phone ({type}): {number}</source>
        <translation>Telefono ({type}): {number}</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Messaggio rimosso</translation>
    </message>
    <message>
        <source>Posts: {count}</source>
        <translation>Messaggi: {count}</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation>Regione: {region}</translation>
    </message>
    <message>
        <source>Started by {name}, {when}</source>
        <translation>Avviata da {name}, {when}</translation>
    </message>
    <message>
        <source>Thunderbird address book export</source>
        <translation>Esportazione della rubrica di Thunderbird</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Ritirato dal suo autore.</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>un&apos;immagine GIF</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>un&apos;immagine JPEG</translation>
    </message>
    <message>
        <source>a PDF document, not a table or an address book</source>
        <translation>un documento PDF, non una tabella né una rubrica</translation>
    </message>
    <message>
        <source>a PNG picture</source>
        <translation>un&apos;immagine PNG</translation>
    </message>
    <message>
        <source>a Windows program, not a data file</source>
        <translation>un programma Windows, non un file di dati</translation>
    </message>
    <message>
        <source>a ZIP archive (an .xlsx or .ods spreadsheet?); save it as CSV from the spreadsheet first</source>
        <translation>un archivio ZIP (un foglio di calcolo .xlsx o .ods?); salvalo prima come CSV dal foglio di calcolo</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>un file</translation>
    </message>
    <message>
        <source>a gzip-compressed file; uncompress it first</source>
        <translation>un file compresso con gzip; decomprimilo prima</translation>
    </message>
    <message>
        <source>a program, not a data file</source>
        <translation>un programma, non un file di dati</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed</source>
        <translation>una virgoletta (&quot;) in questa riga non viene mai chiusa</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed on its line</source>
        <translation>una virgoletta (&quot;) in questa riga non viene mai chiusa sulla sua riga</translation>
    </message>
    <message>
        <source>a quoted cell has text after its closing quote and the row does not have as many cells as the header</source>
        <translation>una cella tra virgolette ha del testo dopo la virgoletta di chiusura e la riga non ha tante celle quante l&apos;intestazione</translation>
    </message>
    <message>
        <source>a second address is not imported (only one address is kept)</source>
        <translation>un secondo indirizzo non viene importato (se ne conserva uno solo)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>una tabella</translation>
    </message>
    <message>
        <source>a vCard file</source>
        <translation>un file vCard</translation>
    </message>
    <message>
        <source>address country not recognised</source>
        <translation>paese dell&apos;indirizzo non riconosciuto</translation>
    </message>
    <message>
        <source>an SQLite database (to bring back a whole workspace use restore)</source>
        <translation>un database SQLite (per recuperare un intero spazio di lavoro usa il ripristino)</translation>
    </message>
    <message>
        <source>an alternative (ALTID {altid}) of a value already kept</source>
        <translation>un&apos;alternativa (ALTID {altid}) di un valore già conservato</translation>
    </message>
    <message>
        <source>an old Office document (.xls or .doc); save it as CSV from the spreadsheet first</source>
        <translation>un vecchio documento Office (.xls o .doc); salvalo prima come CSV dal foglio di calcolo</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>impossibile leggere {name}: {reason}</translation>
    </message>
    <message>
        <source>category is not a theme of this workspace</source>
        <translation>la categoria non è un tema di questo spazio di lavoro</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>colonna {number}</translation>
    </message>
    <message>
        <source>edited {when}</source>
        <translation>modificato {when}</translation>
    </message>
    <message>
        <source>group “{group}” is not a theme of this workspace; not imported</source>
        <translation>il gruppo «{group}» non è un tema di questo spazio; non importato</translation>
    </message>
    <message>
        <source>has {cells} cells but the header names {columns} columns; the extra cells would be lost</source>
        <translation>ha {cells} celle ma l&apos;intestazione nomina {columns} colonne; le celle in più andrebbero perse</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>in risposta a {name}</translation>
    </message>
    <message>
        <source>it holds a file its manifest does not list (“{file}”)</source>
        <translation>contiene un file che il suo manifesto non elenca («{file}»)</translation>
    </message>
    <message>
        <source>it holds the file “{file}” twice</source>
        <translation>contiene due volte il file «{file}»</translation>
    </message>
    <message>
        <source>it lists {count} attachment files, more than the {limit} a backup may hold</source>
        <translation>elenca {count} file allegati, più dei {limit} che un backup può contenere</translation>
    </message>
    <message>
        <source>it would unpack to {size}, more than the {limit} a restore may write</source>
        <translation>si decomprimerebbe in {size}, più dei {limit} che un ripristino può scrivere</translation>
    </message>
    <message>
        <source>its manifest does not describe the replica file properly</source>
        <translation>il suo manifesto non descrive correttamente il file della replica</translation>
    </message>
    <message>
        <source>its manifest does not give its counts properly</source>
        <translation>il suo manifesto non indica correttamente i suoi conteggi</translation>
    </message>
    <message>
        <source>its manifest does not list the attachments properly</source>
        <translation>il suo manifesto non elenca correttamente gli allegati</translation>
    </message>
    <message>
        <source>its manifest is larger than any backup&apos;s</source>
        <translation>il suo manifesto è più grande di quello di qualsiasi backup</translation>
    </message>
    <message>
        <source>its manifest is not a list of named values</source>
        <translation>il suo manifesto non è un elenco di valori con nome</translation>
    </message>
    <message>
        <source>its manifest lists the attachment {file}… twice</source>
        <translation>il suo manifesto elenca due volte l&apos;allegato {file}…</translation>
    </message>
    <message>
        <source>its manifest names an attachment “{file}” that is not a checksum</source>
        <translation>il suo manifesto nomina un allegato «{file}» che non è un checksum</translation>
    </message>
    <message>
        <source>language not recognised</source>
        <translation>lingua non riconosciuta</translation>
    </message>
    <message>
        <source>looks like card {number} of this file ({reason})</source>
        <translation>somiglia alla scheda {number} di questo file ({reason})</translation>
    </message>
    <message>
        <source>looks like row {number} of this file ({reason})</source>
        <translation>somiglia alla riga {number} di questo file ({reason})</translation>
    </message>
    <message>
        <source>looks like “{title}” already here ({reason})</source>
        <translation>somiglia a «{title}», già presente ({reason})</translation>
    </message>
    <message>
        <source>name prefix not imported</source>
        <translation>prefisso del nome non importato</translation>
    </message>
    <message>
        <source>name suffix not imported</source>
        <translation>suffisso del nome non importato</translation>
    </message>
    <message>
        <source>no matching field</source>
        <translation>nessun campo corrispondente</translation>
    </message>
    <message>
        <source>no practice to write (the search or filters match none); {out} was not written</source>
        <translation>nessuna pratica da scrivere (la ricerca o i filtri non ne trovano); {out} non è stato scritto</translation>
    </message>
    <message>
        <source>only one address is kept</source>
        <translation>si conserva un solo indirizzo</translation>
    </message>
    <message>
        <source>only one name is kept</source>
        <translation>si conserva un solo nome</translation>
    </message>
    <message>
        <source>only one organisation is kept</source>
        <translation>si conserva una sola organizzazione</translation>
    </message>
    <message>
        <source>only one role is kept</source>
        <translation>si conserva un solo ruolo</translation>
    </message>
    <message>
        <source>only one web address is kept</source>
        <translation>si conserva un solo indirizzo web</translation>
    </message>
    <message>
        <source>phone label not kept (the number is imported)</source>
        <translation>etichetta del telefono non conservata (il numero viene importato)</translation>
    </message>
    <message>
        <source>phone {number} has no country code and no region is set to read it with; kept in the notes (set the workspace&apos;s phone region, or --default-region)</source>
        <translation>il telefono {number} non ha prefisso internazionale e non è impostata una regione per leggerlo; conservato nelle note (impostare la regione telefonica dello spazio o --default-region)</translation>
    </message>
    <message>
        <source>phone {number} written as {written} (numbers without a country code read as {region})</source>
        <translation>telefono {number} scritto come {written} (i numeri senza prefisso internazionale sono letti come {region})</translation>
    </message>
    <message>
        <source>region “{region}” is not a NUTS region we know; kept in the notes</source>
        <translation>la regione «{region}» non è una regione NUTS nota; conservata nelle note</translation>
    </message>
    <message>
        <source>same e-mail {email}</source>
        <translation>stessa e-mail {email}</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>stesso nome</translation>
    </message>
    <message>
        <source>same phone {phone}</source>
        <translation>stesso telefono {phone}</translation>
    </message>
    <message>
        <source>similar names ({ratio})</source>
        <translation>nomi simili ({ratio})</translation>
    </message>
    <message>
        <source>spreadsheet (columns matched by their names)</source>
        <translation>foglio di calcolo (colonne riconosciute dal nome)</translation>
    </message>
    <message>
        <source>the file name “{file}” points outside the backup</source>
        <translation>il nome di file «{file}» punta fuori dal backup</translation>
    </message>
    <message>
        <source>the last row is cut short (fewer cells than the header and no line end): the file looks truncated</source>
        <translation>l&apos;ultima riga è tronca (meno celle dell&apos;intestazione e nessun fine riga): il file sembra troncato</translation>
    </message>
    <message>
        <source>the row cannot be read ({error})</source>
        <translation>la riga non può essere letta ({error})</translation>
    </message>
    <message>
        <source>the workspace {path} is not empty ({count} records); restore only into an empty workspace (choose a new one)</source>
        <translation>lo spazio di lavoro {path} non è vuoto ({count} schede); ripristina solo in uno spazio di lavoro vuoto (scegline uno nuovo)</translation>
    </message>
    <message>
        <source>this card was exported from this workspace and the contact is still here (same UID)</source>
        <translation>questa scheda è stata esportata da questo spazio di lavoro e il contatto è ancora qui (stesso UID)</translation>
    </message>
    <message>
        <source>unknown encoding {encoding}</source>
        <translation>codifica sconosciuta {encoding}</translation>
    </message>
    <message>
        <source>{column} ({count} values)</source>
        <translation>{column} ({count} valori)</translation>
    </message>
    <message>
        <source>{name} cannot be restored safely: {reason}; nothing was changed</source>
        <translation>{name} non può essere ripristinato in sicurezza: {reason}; non è stato modificato nulla</translation>
    </message>
    <message>
        <source>{name} has no header row (the first line should name the columns)</source>
        <translation>{name} non ha una riga di intestazione (la prima riga deve nominare le colonne)</translation>
    </message>
    <message>
        <source>{name} holds a damaged replica ({reason})</source>
        <translation>{name} contiene una replica danneggiata ({reason})</translation>
    </message>
    <message>
        <source>{name} is UTF-8 except on line {line} (byte {byte}), which is in another encoding: two encodings are mixed in one file; correct that line, or choose the encoding of the whole file</source>
        <translation>{name} è in UTF-8 tranne la riga {line} (byte {byte}), che è in un&apos;altra codifica: due codifiche sono mescolate; correggere quella riga o scegliere la codifica di tutto il file</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes)</source>
        <translation>{name} è un file binario, non testo (contiene byte NUL)</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes, first on line {line})</source>
        <translation>{name} è un file binario, non testo (contiene byte NUL, il primo alla riga {line})</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason})</source>
        <translation>{name} è danneggiato ({reason})</translation>
    </message>
    <message>
        <source>{name} is damaged: attachment {file}… does not match its checksum</source>
        <translation>{name} è danneggiato: l&apos;allegato {file}… non corrisponde al suo checksum</translation>
    </message>
    <message>
        <source>{name} is damaged: the replica inside does not match its checksum</source>
        <translation>{name} è danneggiato: la replica contenuta non corrisponde al suo checksum</translation>
    </message>
    <message>
        <source>{name} is damaged: “{file}” is shorter than its manifest says</source>
        <translation>{name} è danneggiato: «{file}» è più corto di quanto indica il suo manifesto</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} è vuoto</translation>
    </message>
    <message>
        <source>{name} is in no encoding we can read exactly (not UTF-8, UTF-16, a Windows or ISO 8859 code page, or Shift-JIS); save it again as UTF-8</source>
        <translation>{name} non è in nessuna codifica che sappiamo leggere esattamente (né UTF-8, né UTF-16, né una tabella codici Windows o ISO 8859, né Shift-JIS); salvarlo di nuovo in UTF-8</translation>
    </message>
    <message>
        <source>{name} is incomplete: {count} files are missing (first: {first})</source>
        <translation>{name} è incompleto: mancano {count} file (il primo: {first})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup (not a ZIP file); it may be truncated</source>
        <translation>{name} non è un backup di RuralDesk (non è un file ZIP); potrebbe essere troncato</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup or is damaged ({reason})</source>
        <translation>{name} non è un backup di RuralDesk o è danneggiato ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk workspace backup</source>
        <translation>{name} non è un backup di uno spazio di lavoro RuralDesk</translation>
    </message>
    <message>
        <source>{name} is not a vCard file (it should start with BEGIN:VCARD)</source>
        <translation>{name} non è un file vCard (dovrebbe iniziare con BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>{name} is not a valid vCard file: card {number} is broken ({reason})</source>
        <translation>{name} non è un file vCard valido: la scheda {number} è danneggiata ({reason})</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-16 text; it may be truncated or damaged</source>
        <translation>{name} non è testo UTF-16 valido; potrebbe essere troncato o danneggiato</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-32 text; it may be truncated or damaged</source>
        <translation>{name} non è un testo UTF-32 valido; potrebbe essere troncato o danneggiato</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text after all (byte {byte}); save it again as UTF-8</source>
        <translation>{name} non è testo {encoding}, dopotutto (byte {byte}); salvalo di nuovo come UTF-8</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text: line {line} holds bytes it cannot read (byte {byte}); choose another encoding</source>
        <translation>{name} non è testo {encoding}: la riga {line} contiene byte che non si possono leggere così (byte {byte}); scegliete un&apos;altra codifica</translation>
    </message>
    <message>
        <source>{name} is {size}, more than the {limit} {what} may be; split it into smaller files</source>
        <translation>{name} pesa {size}, più dei {limit} consentiti per {what}; dividilo in file più piccoli</translation>
    </message>
    <message>
        <source>{name} is {what}</source>
        <translation>{name} è {what}</translation>
    </message>
    <message>
        <source>{name} needs {size} of free disk space and only {free} is free; nothing was changed</source>
        <translation>{name} richiede {size} di spazio libero su disco e ne sono liberi solo {free}; non è stato modificato nulla</translation>
    </message>
    <message>
        <source>{name} starts as UTF-8 but line {line} holds bytes that are not UTF-8 (byte {byte}); it may be damaged — save it again as UTF-8</source>
        <translation>{name} inizia in UTF-8 ma la riga {line} contiene byte che non sono UTF-8 (byte {byte}); potrebbe essere danneggiato — salvarlo di nuovo in UTF-8</translation>
    </message>
    <message>
        <source>{name} was made by a newer RuralDesk (backup format {version}); update RuralDesk to restore it</source>
        <translation>{name} è stato creato da un RuralDesk più recente (formato di backup {version}); aggiorna RuralDesk per ripristinarlo</translation>
    </message>
    <message>
        <source>{name}, line {line}: a quoted cell has text after its closing quote ({error})</source>
        <translation>{name}, riga {line}: una cella tra virgolette ha del testo dopo la virgoletta di chiusura ({error})</translation>
    </message>
    <message>
        <source>{name}, line {line}: {error}</source>
        <translation>{name}, riga {line}: {error}</translation>
    </message>
    <message>
        <source>{name}: a quote (&quot;) opened near line {line} is never closed; the file looks truncated or damaged</source>
        <translation>{name}: una virgoletta (&quot;) aperta vicino alla riga {line} non viene mai chiusa; il file sembra troncato o danneggiato</translation>
    </message>
    <message>
        <source>{name}: card {number} is never closed (END:VCARD is missing); the file looks truncated</source>
        <translation>{name}: la scheda {number} non viene mai chiusa (manca END:VCARD); il file sembra troncato</translation>
    </message>
    <message>
        <source>{name}: the encoding is not certain, the file reads differently as {shown}; choose one (for example --encoding {first})</source>
        <translation>{name}: la codifica non è certa, il file si legge diversamente come {shown}; sceglierne una (per esempio --encoding {first})</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); restore into a new workspace</source>
        <translation>impossibile leggere {path} ({reason}); ripristina in un nuovo spazio di lavoro</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} non esiste</translation>
    </message>
    <message>
        <source>{path} is a folder, not {what}</source>
        <translation>{path} è una cartella, non {what}</translation>
    </message>
    <message>
        <source>{path} is not an empty workspace</source>
        <translation>{path} non è uno spazio di lavoro vuoto</translation>
    </message>
    <message>
        <source>{property} not imported: {why}</source>
        <translation>{property} non importato: {why}</translation>
    </message>
    <message>
        <source>{where}: {count} characters in a script the font cannot show ({scripts}) were left out of the PDF</source>
        <translation>{where}: {count} caratteri di una scrittura che il carattere tipografico non può mostrare ({scripts}) sono stati omessi dal PDF</translation>
    </message>
    <message>
        <source>“{file}” claims a size its compressed data cannot have (a zip bomb?)</source>
        <translation>«{file}» dichiara una dimensione che i suoi dati compressi non possono avere (una bomba ZIP?)</translation>
    </message>
    <message>
        <source>“{file}” is a link or a folder, not a file</source>
        <translation>«{file}» è un collegamento o una cartella, non un file</translation>
    </message>
    <message>
        <source>“{file}” is encrypted or compressed in a way RuralDesk does not write</source>
        <translation>«{file}» è cifrato o compresso in un modo che RuralDesk non scrive</translation>
    </message>
    <message>
        <source>“{file}” is not the size its manifest says</source>
        <translation>«{file}» non ha la dimensione indicata dal suo manifesto</translation>
    </message>
    <message>
        <source>“{file}” unpacks to more than its declared size (a zip bomb?)</source>
        <translation>«{file}» si decomprime in più della sua dimensione dichiarata (una bomba ZIP?)</translation>
    </message>
    <message>
        <source>“{number}” is not a phone number we can read; kept in the notes</source>
        <translation>«{number}» non è un numero di telefono leggibile; conservato nelle note</translation>
    </message>
    <message>
        <source>“{value}” is not a country (use a name or an ISO 3166 code such as PT)</source>
        <translation>«{value}» non è un paese (usa un nome o un codice ISO 3166 come PT)</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>«{value}» non è una data (usa AAAA-MM-GG o GG/MM/AAAA)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use a name or an ISO 639 code such as fr)</source>
        <translation>«{value}» non è una lingua (usa un nome o un codice ISO 639 come fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use an ISO 639 code such as fr)</source>
        <translation>«{value}» non è una lingua (usa un codice ISO 639 come fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>«{value}» non è un numero</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>«{value}» non è un identificativo di scheda</translation>
    </message>
    <message>
        <source>“{value}” is not a theme of this workspace</source>
        <translation>«{value}» non è un tema di questo spazio di lavoro</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>«{value}» non è un numero intero</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>«{value}» non è uno di questi valori: {choices}</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <source>All types</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Qualsiasi paese</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Qualsiasi categoria</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Qualsiasi lingua</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Qualsiasi regione</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Qualsiasi tema</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Cancella i filtri</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Filter by {what}</source>
        <translation>Filtra per {what}</translation>
    </message>
    <message>
        <source>In the trash: {count}</source>
        <translation>Nel cestino: {count}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>List summary</source>
        <translation>Riepilogo dell&apos;elenco</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Schede</translation>
    </message>
    <message>
        <source>Records: {count}</source>
        <translation>Schede: {count}</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Results: {count}</source>
        <translation>Risultati: {count}</translation>
    </message>
    <message>
        <source>Results: {shown} of {total}</source>
        <translation>Risultati: {shown} di {total}</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>Salva ricerca…</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Salva questa ricerca</translation>
    </message>
    <message>
        <source>Selected: {count}</source>
        <translation>Selezionate: {count}</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Type to search practices, contacts, tools and themes.</source>
        <translation>Scrivi per cercare tra pratiche, contatti, strumenti e temi.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About RuralDesk</source>
        <translation>I&amp;nformazioni su RuralDesk</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Allega file…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Colonne…</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic information</source>
        <translation>&amp;Copia le informazioni diagnostiche</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Trova…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation>&amp;Collega a…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuovo</translation>
    </message>
    <message>
        <source>&amp;Paste as attachment</source>
        <translation>&amp;Incolla come allegato</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Scheda</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Imp&amp;ostazioni…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>Sincroni&amp;zzazione</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guida utente</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>Add a record to the list shown</source>
        <translation>Aggiungi una scheda all&apos;elenco visualizzato</translation>
    </message>
    <message>
        <source>Added “{title}”</source>
        <translation>Aggiunta «{title}»</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Allega file</translation>
    </message>
    <message>
        <source>Attached: {count}</source>
        <translation>Allegati: {count}</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Allegato non ancora disponibile</translation>
    </message>
    <message>
        <source>Bring the selected records back from the trash</source>
        <translation>Recupera dal cestino le schede selezionate</translation>
    </message>
    <message>
        <source>Changes waiting to be shared</source>
        <translation>Modifiche in attesa di condivisione</translation>
    </message>
    <message>
        <source>Changes waiting to be shared: {count}</source>
        <translation>Modifiche in attesa di condivisione: {count}</translation>
    </message>
    <message>
        <source>Choose a practice or a tool to attach files to.</source>
        <translation>Scegli una pratica o uno strumento a cui allegare i file.</translation>
    </message>
    <message>
        <source>Copy files into the workspace and attach them</source>
        <translation>Copia i file nell&apos;area di lavoro e allegali</translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>Impossibile allegare</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Impossibile salvare</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Elimina la ricerca salvata</translation>
    </message>
    <message>
        <source>Diagnostic information copied. Paste it into your message to the person helping you; it holds no names or contents.</source>
        <translation>Informazioni diagnostiche copiate. Incollale nel messaggio alla persona che ti aiuta; non contengono nomi né contenuti.</translation>
    </message>
    <message>
        <source>Edit the record shown</source>
        <translation>Modifica la scheda visualizzata</translation>
    </message>
    <message>
        <source>Empty the &amp;trash…</source>
        <translation>&amp;Svuota il cestino…</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Svuota il cestino</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Svuotamento del cestino</translation>
    </message>
    <message>
        <source>Erase everything in the trash from this computer? This cannot be undone.</source>
        <translation>Cancellare da questo computer tutto il contenuto del cestino? L&apos;operazione non si può annullare.</translation>
    </message>
    <message>
        <source>Erased from this computer: {count}</source>
        <translation>Cancellate da questo computer: {count}</translation>
    </message>
    <message>
        <source>For a support request: versions and sizes, never names or contents</source>
        <translation>Per una richiesta di assistenza: versioni e dimensioni, mai nomi o contenuti</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Vai all&apos;&amp;elenco</translation>
    </message>
    <message>
        <source>Link this record to contacts, tools or practices</source>
        <translation>Collega questa scheda a contatti, strumenti o pratiche</translation>
    </message>
    <message>
        <source>Link “{title}” to…</source>
        <translation>Collega «{title}» a…</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Barra degli strumenti principale</translation>
    </message>
    <message>
        <source>Move the selected records to the trash</source>
        <translation>Sposta nel cestino le schede selezionate</translation>
    </message>
    <message>
        <source>Moved to the trash: {count}. Undo with Ctrl+Z.</source>
        <translation>Spostate nel cestino: {count}. Annulla con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <extracomment>set by the sync UI: fetch_attachment(sha256, then) downloads a file kept on the server</extracomment>
        <translation>Navigazione</translation>
    </message>
    <message>
        <source>No changes waiting to be shared</source>
        <translation>Nessuna modifica in attesa di condivisione</translation>
    </message>
    <message>
        <source>No saved searches yet. Type in the search box, then choose Save search under the filters.</source>
        <translation>Nessuna ricerca salvata. Scrivi nella casella di ricerca, poi scegli Salva ricerca sotto i filtri.</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>Restored: {count}</source>
        <translation>Ripristinate: {count}</translation>
    </message>
    <message>
        <source>RuralDesk</source>
        <extracomment>which collections a record of each collection can be linked to (both directions)</extracomment>
        <translation>RuralDesk</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Salva ricerca</translation>
    </message>
    <message>
        <source>Saved the search “{name}”</source>
        <translation>Ricerca «{name}» salvata</translation>
    </message>
    <message>
        <source>Saved “{title}”</source>
        <translation>Salvata «{title}»</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Cerca ovunque</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <extracomment>the middle pane: the list, or a view another module adds for a navigation node</extracomment>
        <translation>Cerca ovunque (Ctrl+K)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleziona t&amp;utto</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>Mostra la cartella dei &amp;log</translation>
    </message>
    <message>
        <source>Show {what}</source>
        <translation>Mostra: {what}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Stato della sincronizzazione</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Quella scheda non esiste più.</translation>
    </message>
    <message>
        <source>The clipboard holds no file or picture to attach.</source>
        <translation>Gli appunti non contengono file o immagini da allegare.</translation>
    </message>
    <message>
        <source>This file is not on this computer yet. It arrives with the next sync.</source>
        <translation>Questo file non è ancora su questo computer. Arriverà con la prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Cestino</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Created</source>
        <translation>Creazione</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Discussioni</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Trovato in</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Ultima modifica</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Ricerche salvate</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Da rivedere</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Cestino</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <extracomment>the review list is a coordinator&apos;s (ui/review.py): whatsnew sets it from the member&apos;s role</extracomment>
        <translation>Novità</translation>
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
            <numerusform>%n contatto modificato</numerusform>
            <numerusform>%n contatti modificati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed practices</source>
        <translation>
            <numerusform>%n pratica modificata</numerusform>
            <numerusform>%n pratiche modificate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed tools</source>
        <translation>
            <numerusform>%n strumento modificato</numerusform>
            <numerusform>%n strumenti modificati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contatto</numerusform>
            <numerusform>%n contatti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited posts</source>
        <translation>
            <numerusform>%n messaggio modificato</numerusform>
            <numerusform>%n messaggi modificati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contacts</source>
        <translation>
            <numerusform>%n nuovo contatto</numerusform>
            <numerusform>%n nuovi contatti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new posts</source>
        <translation>
            <numerusform>%n nuovo messaggio</numerusform>
            <numerusform>%n nuovi messaggi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new practices</source>
        <translation>
            <numerusform>%n nuova pratica</numerusform>
            <numerusform>%n nuove pratiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tools</source>
        <translation>
            <numerusform>%n nuovo strumento</numerusform>
            <numerusform>%n nuovi strumenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n messaggio</numerusform>
            <numerusform>%n messaggi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practices</source>
        <translation>
            <numerusform>%n pratica</numerusform>
            <numerusform>%n pratiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records shared by others since your last review.</source>
        <translation>
            <numerusform>%n scheda condivisa da altri dalla tua ultima revisione.</numerusform>
            <numerusform>%n schede condivise da altri dalla tua ultima revisione.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tools</source>
        <translation>
            <numerusform>%n strumento</numerusform>
            <numerusform>%n strumenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non letto</numerusform>
            <numerusform>%n non letti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Attach files: {count}</source>
        <translation>Allega file: {count}</translation>
    </message>
    <message>
        <source>Could not undo or redo: {error}</source>
        <extracomment>a write: runs on the writer thread, returns what changed and a value for on_done</extracomment>
        <translation>Impossibile annullare o ripetere: {error}</translation>
    </message>
    <message>
        <source>Create {title}</source>
        <translation>Crea «{title}»</translation>
    </message>
    <message>
        <source>Delete records: {count}</source>
        <translation>Elimina schede: {count}</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>Elimina «{title}»</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Modifica «{title}»</translation>
    </message>
    <message>
        <source>Link {title}</source>
        <translation>Collega «{title}»</translation>
    </message>
    <message>
        <source>Not undone: {fields} of “{title}” changed since, by someone else (it arrived with the last sync). Their value stays; edit it by hand if yours should win.</source>
        <translation>Non annullato: {fields} di «{title}» è stato cambiato nel frattempo da qualcun altro (arrivato con l’ultima sincronizzazione). Il suo valore resta; modificalo a mano se deve valere il tuo.</translation>
    </message>
    <message>
        <source>Not undone: “{title}” was moved to or from the trash by someone else since (it arrived with the last sync). It stays as it is.</source>
        <translation>Non annullato: «{title}» è stato spostato nel cestino o ripristinato nel frattempo da qualcun altro (arrivato con l’ultima sincronizzazione). Resta com’è.</translation>
    </message>
    <message>
        <source>Remove attachment {name}</source>
        <translation>Rimuovi l&apos;allegato {name}</translation>
    </message>
    <message>
        <source>Restore records: {count}</source>
        <translation>Ripristina schede: {count}</translation>
    </message>
    <message>
        <source>Restore {title}</source>
        <translation>Ripristina «{title}»</translation>
    </message>
    <message>
        <source>Unlink from {title}</source>
        <translation>Scollega da «{title}»</translation>
    </message>
</context>
<context>
    <name>PeerSync</name>
    <message>
        <source>&amp;Computers offering sync nearby:</source>
        <translation>&amp;Computer vicini che offrono la sincronizzazione:</translation>
    </message>
    <message>
        <source>&amp;Offer sync to a nearby computer…</source>
        <translation>O&amp;ffri la sincronizzazione a un computer vicino…</translation>
    </message>
    <message>
        <source>Address of this computer</source>
        <translation>Indirizzo di questo computer</translation>
    </message>
    <message>
        <source>C&amp;onnect and sync</source>
        <translation>Co&amp;nnetti e sincronizza</translation>
    </message>
    <message>
        <source>Choose a computer from the list, or type its address as shown on it (for example 192.168.1.20:40123).</source>
        <translation>Scegli un computer dall’elenco, o digita il suo indirizzo come appare su di esso (per esempio 192.168.1.20:40123).</translation>
    </message>
    <message>
        <source>Choose the computer that offers sync (Sync → Offer sync to a nearby computer… on it) and type the code it shows.</source>
        <translation>Scegli il computer che offre la sincronizzazione (su di esso Sincronizzazione → Offri la sincronizzazione a un computer vicino…) e digita il codice che mostra.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <source>If this computer is not listed there, connect by address: {address}</source>
        <translation>Se questo computer non compare lì, connettiti tramite indirizzo: {address}</translation>
    </message>
    <message>
        <source>Let a computer of your group on the same network sync with this one, without the server or the internet</source>
        <translation>Permetti a un computer del tuo gruppo sulla stessa rete di sincronizzarsi con questo, senza server né internet</translation>
    </message>
    <message>
        <source>Looking for computers of your group on this network…</source>
        <translation>Ricerca dei computer del tuo gruppo su questa rete…</translation>
    </message>
    <message>
        <source>Offer sync to a nearby computer</source>
        <translation>Offri la sincronizzazione a un computer vicino</translation>
    </message>
    <message>
        <source>On the other computer (same Wi-Fi or phone hotspot, same group), choose Sync → Sync with a nearby computer…, pick this computer and type this code:</source>
        <translation>Sull’altro computer (stessa Wi-Fi o hotspot del telefono, stesso gruppo) scegli Sincronizzazione → Sincronizza con un computer vicino…, seleziona questo computer e digita questo codice:</translation>
    </message>
    <message>
        <source>Or connect by &amp;address:</source>
        <translation>Oppure connetti tramite &amp;indirizzo:</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>Codice di &amp;abbinamento:</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Codice di abbinamento</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Fer&amp;ma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Stopped. Nothing was half-applied.</source>
        <translation>Interrotto. Niente è stato applicato a metà.</translation>
    </message>
    <message>
        <source>Sync with a &amp;nearby computer…</source>
        <translation>Sincronizza con un computer &amp;vicino…</translation>
    </message>
    <message>
        <source>Sync with a computer of your group that offers it on the same network</source>
        <translation>Sincronizza con un computer del tuo gruppo che la offre sulla stessa rete</translation>
    </message>
    <message>
        <source>Sync with a nearby computer</source>
        <translation>Sincronizza con un computer vicino</translation>
    </message>
    <message>
        <source>Synced with “{name}”: {received} changes received, {sent} sent.</source>
        <translation>Sincronizzato con «{name}»: {received} modifiche ricevute, {sent} inviate.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed.</source>
        <translation>Non è il codice mostrato sull’altro computer; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed. Tries left: {count}.</source>
        <translation>Non è il codice mostrato sull’altro computer; non è stato modificato nulla. Tentativi rimasti: {count}.</translation>
    </message>
    <message>
        <source>The code has six digits, as shown on the other computer.</source>
        <translation>Il codice ha sei cifre, come mostrato sull’altro computer.</translation>
    </message>
    <message>
        <source>The connection to the other computer was lost ({reason}). Nothing was half-applied; try again.</source>
        <translation>La connessione con l’altro computer si è interrotta ({reason}). Niente è stato applicato a metà; riprova.</translation>
    </message>
    <message>
        <source>The connection was lost before the end; nothing was half-applied. Still waiting for a computer of your group…</source>
        <translation>La connessione si è interrotta prima della fine; niente è stato applicato a metà. Ancora in attesa di un computer del tuo gruppo…</translation>
    </message>
    <message>
        <source>The other computer answered in a way this version does not understand ({reason}). Nothing was changed.</source>
        <translation>L’altro computer ha risposto in un modo che questa versione non capisce ({reason}). Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The other computer belongs to another group; only computers of the same group can sync. Nothing was changed.</source>
        <translation>L’altro computer appartiene a un altro gruppo; solo i computer dello stesso gruppo possono sincronizzarsi. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The other computer stopped its offer after too many wrong codes. Ask for a new offer there; nothing was changed.</source>
        <translation>L’altro computer ha ritirato l’offerta dopo troppi codici errati. Chiedi lì una nuova offerta; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: on the other computer, connect by address: {address}</source>
        <translation>Questa rete non permette ai computer di trovarsi: sull’altro computer, connettiti tramite indirizzo: {address}</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: type the address shown on the other computer.</source>
        <translation>Questa rete non permette ai computer di trovarsi: digita l’indirizzo mostrato sull’altro computer.</translation>
    </message>
    <message>
        <source>This workspace is not part of a group yet. Set up sync with your group server once (Sync → Set up sync…); after that it can sync with nearby computers too.</source>
        <translation>Questo spazio di lavoro non fa ancora parte di un gruppo. Configura una volta la sincronizzazione con il server del tuo gruppo (Sincronizzazione → Configura la sincronizzazione…); dopo potrà sincronizzarsi anche con i computer vicini.</translation>
    </message>
    <message>
        <source>Waiting for a computer of your group…</source>
        <translation>In attesa di un computer del tuo gruppo…</translation>
    </message>
    <message>
        <source>{count} are kept until your next sync with the server, which knows the computer that signed them.</source>
        <translation>{count} sono conservate fino alla prossima sincronizzazione con il server, che conosce il computer che le ha firmate.</translation>
    </message>
    <message>
        <source>{count} were refused (their signature did not check out).</source>
        <translation>{count} sono state rifiutate (la loro firma non era valida).</translation>
    </message>
    <message>
        <source>“{name}” belongs to another group; it cannot sync with this computer. Still waiting…</source>
        <translation>«{name}» appartiene a un altro gruppo; non può sincronizzarsi con questo computer. Ancora in attesa…</translation>
    </message>
    <message>
        <source>“{name}” connected; checking the code…</source>
        <translation>«{name}» si è connesso; verifica del codice…</translation>
    </message>
    <message>
        <source>“{name}” typed a wrong code; nothing was changed. Tries left: {count}.</source>
        <translation>«{name}» ha digitato un codice errato; non è stato modificato nulla. Tentativi rimasti: {count}.</translation>
    </message>
    <message>
        <source>“{name}” typed the right code; syncing…</source>
        <translation>«{name}» ha digitato il codice giusto; sincronizzazione…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Incolla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Taglia</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleziona tutto</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sì</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aiuto</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o a tutto</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reimposta</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Ripristina predefiniti</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Salva tutto</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Sì a &amp;tutto</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Incolla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copia l&apos;indirizzo del co&amp;llegamento</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Taglia</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleziona tutto</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>&amp;Mark all as reviewed</source>
        <translation>Segna tutto come &amp;rivisto</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <extracomment>few columns: the pane beside the record is narrow at 150 % (the type is in the tool tip)</extracomment>
        <translation>(senza titolo)</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>Aggiungi una &amp;nota…</translation>
    </message>
    <message>
        <source>Choose a record in the list first.</source>
        <translation>Scegli prima una scheda nell&apos;elenco.</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Ultima modifica</translation>
    </message>
    <message>
        <source>Nothing to review: everything others shared has been reviewed.</source>
        <translation>Niente da rivedere: tutto ciò che altri hanno condiviso è stato rivisto.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Nota di revisione</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note: {note}</source>
        <translation>Nota di revisione: {note}</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Condiviso da</translation>
    </message>
    <message>
        <source>Shared records to review</source>
        <translation>Schede condivise da rivedere</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Da rivedere</translation>
    </message>
    <message>
        <source>Write a reviewer&apos;s note on the chosen record</source>
        <translation>Scrivi una nota di revisione sulla scheda scelta</translation>
    </message>
    <message>
        <source>Your note on “{title}” travels with the record to everyone in the group. Only coordinators can write it.</source>
        <translation>La tua nota su «{title}» viaggia con la scheda verso tutto il gruppo. Solo chi coordina può scriverla.</translation>
    </message>
    <message>
        <source>{type}, last changed {when}</source>
        <translation>{type}, modificato {when}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Could not load demo data: {error}</source>
        <translation>Impossibile caricare i dati dimostrativi: {error}</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Dati dimostrativi caricati.</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <extracomment>startup.Opened: the replica and the lock that goes with it (set by ruraldesk.app); switch_workspace() replaces both</extracomment>
        <translation>Caricamento dei dati dimostrativi</translation>
    </message>
    <message>
        <source>Stopped loading demo data; what was loaded stays.</source>
        <translation>Caricamento dei dati dimostrativi interrotto; ciò che è già stato caricato resta.</translation>
    </message>
    <message>
        <source>The new data folder is used from the next start.</source>
        <translation>La nuova cartella dei dati verrà usata dal prossimo avvio.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Another RuralDesk window is already working on this workspace ({path}). Switch to that window, or close it and try again.</source>
        <translation>Un&apos;altra finestra di RuralDesk sta già usando questa area di lavoro ({path}). Passa a quella finestra, oppure chiudila e riprova.</translation>
    </message>
    <message>
        <source>Choose a folder for your workspace</source>
        <translation>Scegli una cartella per la tua area di lavoro</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Scegli un&apos;altra cartella…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>Only {free} MB are free where your workspace is kept ({path}). RuralDesk may not be able to save your changes. Free some space (empty the computer&apos;s trash, remove large files), then continue.</source>
        <translation>Restano solo {free} MB liberi dove si trova la tua area di lavoro ({path}). RuralDesk potrebbe non riuscire a salvare le modifiche. Libera un po&apos; di spazio (svuota il cestino del computer, elimina i file grandi), poi continua.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>RuralDesk is already open</source>
        <translation>RuralDesk è già aperto</translation>
    </message>
    <message>
        <source>RuralDesk keeps your workspace in {folder}, but cannot write there ({reason}). Choose another folder you can write to, such as one in your documents.</source>
        <translation>RuralDesk conserva la tua area di lavoro in {folder}, ma non può scriverci ({reason}). Scegli un&apos;altra cartella in cui puoi scrivere, per esempio una nei tuoi documenti.</translation>
    </message>
    <message>
        <source>Show the backups</source>
        <translation>Mostra i backup</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <extracomment>below this much free space a warning comes before anything is written</extracomment>
        <translation>Impossibile usare la cartella dei dati</translation>
    </message>
    <message>
        <source>The disk is almost full</source>
        <translation>Il disco è quasi pieno</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only. Choose another folder you can write to.</source>
        <translation>La cartella {folder} è di sola lettura. Scegli un&apos;altra cartella in cui puoi scrivere.</translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation>Impossibile aprire l&apos;area di lavoro</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>il disco è pieno</translation>
    </message>
    <message>
        <source>{problem}

RuralDesk keeps automatic backups of your workspace in {backups}. You can restore one by copying it over the damaged file.</source>
        <translation>{problem}

RuralDesk conserva backup automatici della tua area di lavoro in {backups}. Puoi ripristinarne uno copiandolo al posto del file danneggiato.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>C&amp;onflitti…</translation>
    </message>
    <message>
        <source>&amp;Disconnect from the server…</source>
        <translation>&amp;Disconnetti dal server…</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppo:</translation>
    </message>
    <message>
        <source>&amp;Group…</source>
        <translation>&amp;Gruppo…</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>Codice di &amp;invito:</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <extracomment>passed on to the Transport (tests shorten the back-off) seconds the first question to the server may take, retries included callables(report) run on the UI thread after a sync that finished (ui/whatsnew.py)</extracomment>
        <translation>&amp;Sincronizza ora</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Il tuo &amp;nome:</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Allegato non ancora disponibile</translation>
    </message>
    <message>
        <source>Attachment not on the server</source>
        <translation>Allegato non presente sul server</translation>
    </message>
    <message>
        <source>Changes waiting: {count}</source>
        <translation>Modifiche in attesa: {count}</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Verifica e salva</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>Conflicts: {count}</source>
        <translation>Conflitti: {count}</translation>
    </message>
    <message>
        <source>Connected. Your token is kept in {where}.</source>
        <translation>Collegato. Il tuo token è conservato in {where}.</translation>
    </message>
    <message>
        <source>Connection check</source>
        <translation>Verifica della connessione</translation>
    </message>
    <message>
        <source>Could not download</source>
        <translation>Impossibile scaricare</translation>
    </message>
    <message>
        <source>Could not keep the token: {error}</source>
        <translation>Impossibile conservare il token: {error}</translation>
    </message>
    <message>
        <source>Disconnect from the server</source>
        <translation>Disconnetti dal server</translation>
    </message>
    <message>
        <source>Downloading the attachment</source>
        <translation>Download dell&apos;allegato</translation>
    </message>
    <message>
        <source>Enter the server address (starting with https://) and the group.</source>
        <translation>Inserisci l&apos;indirizzo del server (che inizia con https://) e il gruppo.</translation>
    </message>
    <message>
        <source>Enter the token your coordinator gave you.</source>
        <translation>Inserisci il token che ti ha dato il tuo coordinatore.</translation>
    </message>
    <message>
        <source>Everything is saved on this computer. Use Sync → Set up sync… to share it with your group.</source>
        <translation>Tutto è salvato su questo computer. Usa Sincronizzazione → Configura la sincronizzazione… per condividerlo con il tuo gruppo.</translation>
    </message>
    <message>
        <source>Group “{group}” at {url}</source>
        <translation>Gruppo «{group}» su {url}</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Codice di invito</translation>
    </message>
    <message>
        <source>Joining the group…</source>
        <translation>Ingresso nel gruppo…</translation>
    </message>
    <message>
        <source>Large change from the server</source>
        <translation>Modifica consistente dal server</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Non salvato: {why}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Non ancora sincronizzato</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflitti aperti</translation>
    </message>
    <message>
        <source>Or, with a personal token:</source>
        <translation>Oppure, con un token personale:</translation>
    </message>
    <message>
        <source>Paste the invitation code your coordinator sent you: it holds the server&apos;s address and the group. With a personal token instead, leave it empty and fill in the fields below. The token is kept in the system&apos;s password store when there is one, otherwise in a file only you can read.</source>
        <translation>Incolla il codice di invito che ti ha inviato il coordinatore: contiene l’indirizzo del server e il gruppo. Con un token personale, lascialo vuoto e compila i campi qui sotto. Il token è conservato nel portachiavi del sistema se c’è, altrimenti in un file che solo tu puoi leggere.</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Risolvi…</translation>
    </message>
    <message>
        <source>S&amp;top syncing</source>
        <translation>&amp;Interrompi la sincronizzazione</translation>
    </message>
    <message>
        <source>Send your changes to the group server and get everyone else&apos;s</source>
        <translation>Invia le tue modifiche al server del gruppo e ricevi quelle degli altri</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Indirizzo del server:</translation>
    </message>
    <message>
        <source>Set &amp;up sync…</source>
        <translation>&amp;Configura la sincronizzazione…</translation>
    </message>
    <message>
        <source>Set up sync</source>
        <translation>Configura la sincronizzazione</translation>
    </message>
    <message>
        <source>Stop syncing this workspace with the group server? Your records stay on this computer; changes not yet sent stay waiting. You can set up sync again later.</source>
        <translation>Interrompere la sincronizzazione di questa area di lavoro con il server del gruppo? Le tue schede restano su questo computer; le modifiche non ancora inviate restano in attesa. Potrai configurare di nuovo la sincronizzazione più tardi.</translation>
    </message>
    <message>
        <source>Syncing… {stage}</source>
        <translation>Sincronizzazione… {stage}</translation>
    </message>
    <message>
        <source>The group server does not have this file yet: the person who attached it has not synced since.</source>
        <translation>Il server del gruppo non ha ancora questo file: la persona che l&apos;ha allegato non ha più sincronizzato da allora.</translation>
    </message>
    <message>
        <source>The group server refused a change to this record ({fields}).</source>
        <translation>Il server del gruppo ha rifiutato una modifica a questa scheda ({fields}).</translation>
    </message>
    <message>
        <source>The group server&apos;s changes would move {deletes} records to the trash, erase {erasures} and change {overwrites} — {total} of your {records} records ({share}).

This can be right (someone tidied up the shared records) or a mistake. Apply these changes now?</source>
        <translation>Le modifiche del server del gruppo sposterebbero nel cestino {deletes} schede, ne cancellerebbero {erasures} e ne modificherebbero {overwrites} — {total} delle tue {records} schede ({share}).

Può essere corretto (qualcuno ha riordinato le schede condivise) oppure un errore. Applicare ora queste modifiche?</translation>
    </message>
    <message>
        <source>The group&apos;s members; for coordinators, invitations, roles and people&apos;s data requests</source>
        <translation>I membri del gruppo; per i coordinatori, inviti, ruoli e richieste sui dati personali</translation>
    </message>
    <message>
        <source>This file is not on this computer, and this workspace is not connected to a group server.</source>
        <translation>Questo file non è su questo computer e questa area di lavoro non è collegata a un server del gruppo.</translation>
    </message>
    <message>
        <source>This record is in conflict ({fields}): two people changed it at once.</source>
        <translation>Questa scheda è in conflitto ({fields}): due persone l’hanno modificata insieme.</translation>
    </message>
    <message>
        <source>This workspace holds demo data. Demo data is fictional and never leaves this computer, so it cannot be shared with your group.

Use a new, empty workspace for your group&apos;s records? The demo workspace stays as it is.</source>
        <translation>Questo spazio di lavoro contiene dati dimostrativi. Sono fittizi e non lasciano mai questo computer, quindi non possono essere condivisi con il tuo gruppo.

Usare un nuovo spazio di lavoro vuoto per le schede del tuo gruppo? Lo spazio dimostrativo resta com’è.</translation>
    </message>
    <message>
        <source>Up to date · {when}</source>
        <translation>Aggiornato · {when}</translation>
    </message>
    <message>
        <source>Working offline: no group server connected</source>
        <translation>Non in linea: nessun server del gruppo collegato</translation>
    </message>
    <message>
        <source>You are now in the new, empty workspace “{name}”. The demo workspace stays as it is.</source>
        <translation>Ora siete nella nuova area di lavoro vuota «{name}». L’area dimostrativa resta com’è.</translation>
    </message>
    <message>
        <source>a file only you can read ({path})</source>
        <translation>un file che solo tu puoi leggere ({path})</translation>
    </message>
    <message>
        <source>checking the server</source>
        <translation>verifica del server</translation>
    </message>
    <message>
        <source>could not reach the server</source>
        <translation>impossibile raggiungere il server</translation>
    </message>
    <message>
        <source>could not reach the server: {reason}</source>
        <translation>impossibile raggiungere il server: {reason}</translation>
    </message>
    <message>
        <source>enter a new token under Sync → Set up sync…</source>
        <translation>inserisci un nuovo token in Sincronizza → Configura la sincronizzazione…</translation>
    </message>
    <message>
        <source>kept from before; type to replace it</source>
        <translation>conservato da prima; scrivi per sostituirlo</translation>
    </message>
    <message>
        <source>last synced at {time}</source>
        <translation>ultima sincronizzazione alle {time}</translation>
    </message>
    <message>
        <source>optional: your name as the group knows it</source>
        <translation>facoltativo: il tuo nome come lo conosce il gruppo</translation>
    </message>
    <message>
        <source>press F5 to try again</source>
        <translation>premi F5 per riprovare</translation>
    </message>
    <message>
        <source>receiving attachments</source>
        <translation>ricezione degli allegati</translation>
    </message>
    <message>
        <source>receiving changes</source>
        <translation>ricezione delle modifiche</translation>
    </message>
    <message>
        <source>saving what arrived</source>
        <translation>salvataggio di ciò che è arrivato</translation>
    </message>
    <message>
        <source>sending attachments</source>
        <translation>invio degli allegati</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>invio delle modifiche</translation>
    </message>
    <message>
        <source>set up sync in a new, empty workspace</source>
        <translation>configura la sincronizzazione in un nuovo spazio di lavoro vuoto</translation>
    </message>
    <message>
        <source>something went wrong</source>
        <translation>qualcosa è andato storto</translation>
    </message>
    <message>
        <source>something went wrong ({reason}); the details are in the log</source>
        <translation>qualcosa è andato storto ({reason}); i dettagli sono nel log</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>interruzione</translation>
    </message>
    <message>
        <source>the server did not accept this token for this group; check it, or ask your coordinator for a new one</source>
        <translation>il server non ha accettato questo token per questo gruppo; controllalo o chiedine uno nuovo al tuo coordinatore</translation>
    </message>
    <message>
        <source>the server did not accept your token</source>
        <translation>il server non ha accettato il tuo token</translation>
    </message>
    <message>
        <source>the server did not accept your token; ask your coordinator for a new one and enter it under Sync → Set up sync…</source>
        <translation>il server non ha accettato il tuo token; chiedine uno nuovo al tuo coordinatore e inseriscilo in Sincronizzazione → Configura la sincronizzazione…</translation>
    </message>
    <message>
        <source>the server refused the request</source>
        <translation>il server ha rifiutato la richiesta</translation>
    </message>
    <message>
        <source>the server refused the request: {reason}</source>
        <translation>il server ha rifiutato la richiesta: {reason}</translation>
    </message>
    <message>
        <source>the system&apos;s password store</source>
        <translation>il portachiavi del sistema</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never leaves this computer; set up sync in a new, empty workspace</source>
        <translation>questo spazio di lavoro contiene dati dimostrativi, che non lasciano mai questo computer; configura la sincronizzazione in un nuovo spazio di lavoro vuoto</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never syncs</source>
        <translation>questo spazio di lavoro contiene dati dimostrativi, mai sincronizzati</translation>
    </message>
    <message>
        <source>trying again at {time}</source>
        <translation>nuovo tentativo alle {time}</translation>
    </message>
    <message>
        <source>you chose not to apply the server&apos;s large change</source>
        <translation>hai scelto di non applicare la modifica consistente del server</translation>
    </message>
    <message>
        <source>you stopped it</source>
        <translation>l&apos;hai interrotta</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} di {total}</translation>
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
        <translation>Agroecologia</translation>
    </message>
    <message>
        <source>Co-design with authorities</source>
        <translation>Co-progettazione con le amministrazioni</translation>
    </message>
    <message>
        <source>Community transport</source>
        <translation>Trasporto comunitario</translation>
    </message>
    <message>
        <source>Digital platform cooperatives</source>
        <translation>Cooperative di piattaforma digitale</translation>
    </message>
    <message>
        <source>Education and services</source>
        <translation>Istruzione e servizi</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energia</translation>
    </message>
    <message>
        <source>Energy communities</source>
        <translation>Comunità energetiche</translation>
    </message>
    <message>
        <source>Enterprise development and employment</source>
        <translation>Sviluppo d&apos;impresa e occupazione</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Salute</translation>
    </message>
    <message>
        <source>Local entrepreneurship</source>
        <translation>Imprenditorialità locale</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilità</translation>
    </message>
    <message>
        <source>Policy and legal frameworks</source>
        <translation>Quadri politici e giuridici</translation>
    </message>
    <message>
        <source>Short food supply chains</source>
        <translation>Filiere alimentari corte</translation>
    </message>
    <message>
        <source>Social inclusion</source>
        <translation>Inclusione sociale</translation>
    </message>
    <message>
        <source>Solidarity networks</source>
        <translation>Reti di solidarietà</translation>
    </message>
    <message>
        <source>Sustainable agriculture and food</source>
        <translation>Agricoltura e alimentazione sostenibili</translation>
    </message>
    <message>
        <source>Work integration</source>
        <translation>Inserimento lavorativo</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>&amp;Back up the workspace to a file…</source>
        <translation>&amp;Backup dell&apos;area di lavoro su file…</translation>
    </message>
    <message>
        <source>&amp;Contacts to merge (ticked):</source>
        <translation>&amp;Contatti da unire (spuntati):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Paese:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codifica:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Cancella definitivamente</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Gruppi:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>&quot;(detected)&quot; marks what the detector said, not whatever the file was read again with</extracomment>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <extracomment>the CSV export&apos;s BOM choice is remembered for the session</extracomment>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Tieni:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Unisci</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>&amp;Apri il contatto</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Apri la scheda</translation>
    </message>
    <message>
        <source>&amp;Practice sheet…</source>
        <translation>Scheda della &amp;pratica…</translation>
    </message>
    <message>
        <source>&amp;Read it this way</source>
        <translation>&amp;Leggi così</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Schede:</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup file…</source>
        <translation>&amp;Ripristina da un file di backup…</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separatore:</translation>
    </message>
    <message>
        <source>&amp;Use this country</source>
        <translation>&amp;Usa questo paese</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>(rilevato)</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(illeggibile)</translation>
    </message>
    <message>
        <source>(nothing to compare)</source>
        <translation>(niente da confrontare)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {size}, {count} columns</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {size}, colonne: {count}</translation>
    </message>
    <message>
        <source>A .vcf file that address books and phones can read.</source>
        <translation>Un file .vcf leggibile da rubriche e telefoni.</translation>
    </message>
    <message>
        <source>A backup can only be restored into an empty workspace, and this one already holds {practices} practices, {contacts} contacts and {tools} tools. Nothing was changed.

To restore, choose a new, empty data folder under File → Settings, restart RuralDesk, and restore there.</source>
        <translation>Un backup si può ripristinare solo in un&apos;area di lavoro vuota, e questa contiene già pratiche ({practices}), contatti ({contacts}) e strumenti ({tools}). Non è stato modificato nulla.

Per ripristinarlo, scegli una nuova cartella dei dati vuota in File → Impostazioni, riavvia RuralDesk e ripristina lì.</translation>
    </message>
    <message>
        <source>A printable sheet (PDF or Markdown) of the practice shown, or of several</source>
        <translation>Una scheda stampabile (PDF o Markdown) della pratica visualizzata, o di più pratiche</translation>
    </message>
    <message>
        <source>A sheet to print or share: the key facts, what was done, what was learned, and who to ask. Headings are in each practice&apos;s language.</source>
        <translation>Una scheda da stampare o condividere: i dati essenziali, cosa è stato fatto, cosa si è imparato e a chi chiedere. I titoli sono nella lingua di ciascuna pratica.</translation>
    </message>
    <message>
        <source>A sync is running. Wait until it has finished, then restore again.</source>
        <translation>È in corso una sincronizzazione. Attendi che sia terminata, poi ripristina di nuovo.</translation>
    </message>
    <message>
        <source>Attachments not on this computer (kept on the group server) are not in the backup: {count}.</source>
        <translation>Allegati non presenti su questo computer (conservati sul server del gruppo) e quindi esclusi dal backup: {count}.</translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation>Backup dell&apos;area di lavoro</translation>
    </message>
    <message>
        <source>Backed up {records} records and {files} attachment files to {path}.</source>
        <translation>Backup salvato in {path}: schede: {records}, file allegati: {files}.</translation>
    </message>
    <message>
        <source>Backing up to {name}</source>
        <translation>Backup in {name}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Backup eseguito</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup ripristinato</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>Backup (*.zip)</translation>
    </message>
    <message>
        <source>Backups (*.zip);;All files (*)</source>
        <translation>Backup (*.zip);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Bring a backup back into an empty workspace</source>
        <translation>Riporta un backup in un&apos;area di lavoro vuota</translation>
    </message>
    <message>
        <source>Bring in contacts, practices or tools from a CSV/TSV table or a vCard file</source>
        <translation>Importa contatti, pratiche o strumenti da una tabella CSV/TSV o da un file vCard</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tabelle CSV (*.csv)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Scheda vCard</translation>
    </message>
    <message>
        <source>Cards read: {count}</source>
        <translation>Schede vCard lette: {count}</translation>
    </message>
    <message>
        <source>Cards with a problem: {count}</source>
        <translation>Schede vCard con un problema: {count}</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>Verifica di {name}</translation>
    </message>
    <message>
        <source>Choose the encoding</source>
        <translation>Scegli la codifica</translation>
    </message>
    <message>
        <source>Choose the field each column goes into, or leave it out.</source>
        <translation>Scegli il campo in cui va ogni colonna, oppure escludila.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonna nel file</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}</source>
        <translation>Colonne non importate: {columns}</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Colonne del file</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgola ( , )</translation>
    </message>
    <message>
        <source>Contact to keep</source>
        <translation>Contatto da tenere</translation>
    </message>
    <message>
        <source>Contacts that look like the same person or organisation, to merge</source>
        <translation>Contatti che sembrano la stessa persona o organizzazione, da unire</translation>
    </message>
    <message>
        <source>Contacts to merge</source>
        <translation>Contatti da unire</translation>
    </message>
    <message>
        <source>Country of the phone numbers</source>
        <translation>Paese dei numeri di telefono</translation>
    </message>
    <message>
        <source>Delete the contact for good, everywhere, and list the mentions to review</source>
        <translation>Elimina definitivamente il contatto, ovunque, ed elenca le menzioni da controllare</translation>
    </message>
    <message>
        <source>Double-click to open the contact already here</source>
        <translation>Fai doppio clic per aprire il contatto già presente</translation>
    </message>
    <message>
        <source>Duplicate contacts</source>
        <translation>Contatti duplicati</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>Ca&amp;ncella questa persona…</translation>
    </message>
    <message>
        <source>E&amp;xport everything about this person…</source>
        <translation>Esporta &amp;tutto su questa persona…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Cancella definitivamente</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Cancella questa persona</translation>
    </message>
    <message>
        <source>Erase “{name}” and everything held about them?</source>
        <translation>Cancellare «{name}» e tutto ciò che è conservato su questa persona?</translation>
    </message>
    <message>
        <source>Erasing {name}</source>
        <translation>Cancellazione di {name}</translation>
    </message>
    <message>
        <source>Every contact in the list ({count})</source>
        <translation>Tutti i contatti dell&apos;elenco ({count})</translation>
    </message>
    <message>
        <source>Every practice in the list ({count}), in one document</source>
        <translation>Tutte le pratiche dell&apos;elenco ({count}), in un unico documento</translation>
    </message>
    <message>
        <source>Every row must be right before anything is imported. Fix these rows in the file and import it again, or import only the valid rows.</source>
        <translation>Ogni riga deve essere corretta prima di importare qualcosa. Correggi queste righe nel file e importalo di nuovo, oppure importa solo le righe valide.</translation>
    </message>
    <message>
        <source>Everything about “{name}” was saved to {path}</source>
        <translation>Tutto ciò che riguarda «{name}» è stato salvato in {path}</translation>
    </message>
    <message>
        <source>Everything in this workspace, attachments included, in one file</source>
        <translation>Tutta l&apos;area di lavoro, allegati compresi, in un unico file</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Esempio</translation>
    </message>
    <message>
        <source>Excel on Windows shows accented letters correctly only with this mark</source>
        <translation>Excel su Windows mostra correttamente le lettere accentate solo con questo contrassegno</translation>
    </message>
    <message>
        <source>Export contacts as &amp;vCard…</source>
        <translation>Esporta i contatti in &amp;vCard…</translation>
    </message>
    <message>
        <source>Export contacts as vCard</source>
        <translation>Esporta i contatti in vCard</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Esporta tutto su questa persona</translation>
    </message>
    <message>
        <source>Export list as &amp;CSV…</source>
        <translation>Esporta l&apos;elenco in &amp;CSV…</translation>
    </message>
    <message>
        <source>Export list as CSV</source>
        <translation>Esporta l&apos;elenco in CSV</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Esporta:</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {path}</source>
        <translation>Contatti esportati in {path}: {count}</translation>
    </message>
    <message>
        <source>Exported {count} records to {path}</source>
        <translation>Schede esportate in {path}: {count}</translation>
    </message>
    <message>
        <source>Exporting to {name}</source>
        <translation>Esportazione in {name}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File da importare</translation>
    </message>
    <message>
        <source>Find &amp;duplicate contacts…</source>
        <translation>Trova contatti &amp;duplicati…</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trovato</translation>
    </message>
    <message>
        <source>Groups of likely duplicates</source>
        <translation>Gruppi di probabili duplicati</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation>Importa co&amp;me:</translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>Importa una tabella</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Dettagli dell&apos;importazione</translation>
    </message>
    <message>
        <source>Import findings</source>
        <translation>Esiti dell&apos;importazione</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importa in</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Resoconto dell&apos;importazione</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Risultato dell&apos;importazione</translation>
    </message>
    <message>
        <source>Import the column “{name}” into</source>
        <translation>Importa la colonna «{name}» in</translation>
    </message>
    <message>
        <source>Import the rows without a problem and leave the others out</source>
        <translation>Importa le righe senza problemi e lascia fuori le altre</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>Importa solo le righe valide</translation>
    </message>
    <message>
        <source>Import the valid rows only ({count})</source>
        <translation>Importa solo le righe valide ({count})</translation>
    </message>
    <message>
        <source>Imported: {count}</source>
        <translation>Importate: {count}</translation>
    </message>
    <message>
        <source>Imported: {count} {what}.</source>
        <translation>Importato: {count} {what}.</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Importazione di {name}</translation>
    </message>
    <message>
        <source>It did not work: {reason}</source>
        <translation>Non ha funzionato: {reason}</translation>
    </message>
    <message>
        <source>Its links are removed from {count} linked records.</source>
        <translation>I suoi collegamenti vengono rimossi dalle schede collegate ({count}).</translation>
    </message>
    <message>
        <source>Its past values are scrubbed from the history of changes.</source>
        <translation>I suoi valori passati vengono cancellati dalla cronologia delle modifiche.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>File JSON (*.json)</translation>
    </message>
    <message>
        <source>Looking for duplicate contacts</source>
        <translation>Ricerca dei contatti duplicati</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Somiglia a</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Testo Markdown</translation>
    </message>
    <message>
        <source>Mentions of the person&apos;s name, e-mails or phones in other records&apos; text are not changed: you get a list of them to review afterwards.</source>
        <translation>Le menzioni del nome, degli indirizzi e-mail o dei telefoni della persona nel testo di altre schede non vengono modificate: ne riceverai poi un elenco da controllare.</translation>
    </message>
    <message>
        <source>Mentions to review</source>
        <translation>Menzioni da controllare</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Unisci i contatti</translation>
    </message>
    <message>
        <source>Merge the ticked contacts into the one kept</source>
        <translation>Unisci i contatti spuntati in quello da tenere</translation>
    </message>
    <message>
        <source>Merged {count} contacts into one; records relinked: {relinked}.</source>
        <translation>Contatti uniti in uno: {count}; schede ricollegate: {relinked}.</translation>
    </message>
    <message>
        <source>Names as {encoding} reads them</source>
        <translation>I nomi come li legge {encoding}</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>Nessun backup eseguito: {reason}</translation>
    </message>
    <message>
        <source>No column goes into a field yet: choose at least one.</source>
        <translation>Nessuna colonna è ancora assegnata a un campo: scegline almeno una.</translation>
    </message>
    <message>
        <source>No likely duplicates</source>
        <translation>Nessun probabile duplicato</translation>
    </message>
    <message>
        <source>No likely duplicates were found.</source>
        <translation>Non sono stati trovati probabili duplicati.</translation>
    </message>
    <message>
        <source>No other record links to it.</source>
        <translation>Nessun&apos;altra scheda è collegata a questo contatto.</translation>
    </message>
    <message>
        <source>No phone region is set for this workspace.</source>
        <translation>Nessuna regione telefonica è impostata per quest&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>Not imported ({count})</source>
        <translation>Non importato ({count})</translation>
    </message>
    <message>
        <source>Not imported: no country was chosen for the phone numbers of {name}. Nothing was changed.</source>
        <translation>Non importato: non è stato scelto alcun paese per i numeri di telefono di {name}. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Not imported: no encoding was chosen for {name}. Nothing was changed.</source>
        <translation>Non importato: non è stata scelta alcuna codifica per {name}. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Not set (asked when needed)</source>
        <translation>Non impostata (chiesta quando serve)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Nothing was erased: {reason}</source>
        <translation>Non è stato cancellato nulla: {reason}</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Non è stato esportato nulla: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file holds no records.</source>
        <translation>Non è stato importato nulla: il file non contiene schede.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Non è stato importato nulla: {reason}</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Non è stato ripristinato nulla: {reason}</translation>
    </message>
    <message>
        <source>Only the valid rows were imported; the rows below were left out.</source>
        <translation>Sono state importate solo le righe valide; le righe qui sotto sono state escluse.</translation>
    </message>
    <message>
        <source>Open the highlighted contact</source>
        <translation>Apri il contatto evidenziato</translation>
    </message>
    <message>
        <source>Open the highlighted record</source>
        <translation>Apri la scheda evidenziata</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Phone numbers without a country code</source>
        <translation>Numeri di telefono senza prefisso internazionale</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as {country}.</source>
        <translation>I numeri di telefono senza prefisso internazionale vengono letti come: {country}.</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Regione telefonica</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possibili duplicati</translation>
    </message>
    <message>
        <source>Possible duplicates ({count})</source>
        <translation>Possibili duplicati ({count})</translation>
    </message>
    <message>
        <source>Possibly already here: {count} (see “Possible duplicates”)</source>
        <translation>Forse già presenti: {count} (vedi «Possibili duplicati»)</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Scheda della pratica</translation>
    </message>
    <message>
        <source>Practice sheets written: {count}, in {path}</source>
        <translation>Schede delle pratiche scritte: {count}, in {path}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Anteprima dell&apos;importazione</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Riepilogo dell&apos;anteprima</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problemi ({count})</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Proprietà</translation>
    </message>
    <message>
        <source>Read as {encoding}</source>
        <translation>Leggi come {encoding}</translation>
    </message>
    <message>
        <source>Read as: {preset}</source>
        <translation>Letto come: {preset}</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>Rilettura del file…</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Lettura di {name}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronta</translation>
    </message>
    <message>
        <source>Recognised export</source>
        <translation>Esportazione riconosciuta</translation>
    </message>
    <message>
        <source>Recognised: &lt;b&gt;{preset}&lt;/b&gt;. Its columns are matched below; check them before importing.</source>
        <translation>Riconosciuto: &lt;b&gt;{preset}&lt;/b&gt;. Le sue colonne sono abbinate qui sotto; controllale prima di importare.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Ripristina da un file di backup</translation>
    </message>
    <message>
        <source>Restore {count} records from {name} (made on {date}) into this empty workspace?</source>
        <translation>Ripristinare in questa area di lavoro vuota le schede di {name} (creato il {date})? Schede: {count}</translation>
    </message>
    <message>
        <source>Restored {records} records and {files} attachment files from {name}.</source>
        <translation>Ripristinato da {name}: schede: {records}, file allegati: {files}.</translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation>Ripristino di {name}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; all ready to import.</source>
        <translation>Righe in anteprima: {count}; tutte pronte per l&apos;importazione.</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; with a problem: {bad}. Fix them in the file, or change the columns above.</source>
        <translation>Righe in anteprima: {count}; con un problema: {bad}. Correggile nel file oppure modifica le colonne qui sopra.</translation>
    </message>
    <message>
        <source>Rows read: {count}</source>
        <translation>Righe lette: {count}</translation>
    </message>
    <message>
        <source>Rows with a problem: {count}</source>
        <translation>Righe con un problema: {count}</translation>
    </message>
    <message>
        <source>Save the list shown, with its columns and filters, as a table</source>
        <translation>Salva l&apos;elenco visualizzato, con colonne e filtri, come tabella</translation>
    </message>
    <message>
        <source>Save the selected contacts, or the whole list, for an address book or a phone</source>
        <translation>Salva i contatti selezionati, o l&apos;intero elenco, per una rubrica o un telefono</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punto e virgola ( ; )</translation>
    </message>
    <message>
        <source>Show a contact first.</source>
        <translation>Mostra prima un contatto.</translation>
    </message>
    <message>
        <source>Show a practice, or the list of practices, to make sheets of them.</source>
        <translation>Mostra una pratica, o l&apos;elenco delle pratiche, per farne delle schede.</translation>
    </message>
    <message>
        <source>Show the contacts (or search for some) and select the ones to export.</source>
        <translation>Mostra i contatti (o cercane alcuni) e seleziona quelli da esportare.</translation>
    </message>
    <message>
        <source>Stopped: {what}. Nothing was changed.</source>
        <translation>Interrotto: {what}. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulazione</translation>
    </message>
    <message>
        <source>Tables and address books (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Tabelle e rubriche (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>The choice can still be changed under “Encoding” in the next step.</source>
        <translation>La scelta si può ancora cambiare in «Codifica» nel passo successivo.</translation>
    </message>
    <message>
        <source>The contact is deleted from this computer for good: not to the trash, and it cannot be undone.</source>
        <translation>Il contatto viene eliminato definitivamente da questo computer: non va nel cestino e non si può annullare.</translation>
    </message>
    <message>
        <source>The contact, its history and every record linked to or mentioning it, as JSON</source>
        <translation>Il contatto, la sua cronologia e ogni scheda collegata o che lo menziona, in JSON</translation>
    </message>
    <message>
        <source>The contacts were not exported: {reason}</source>
        <translation>I contatti non sono stati esportati: {reason}</translation>
    </message>
    <message>
        <source>The contacts were not merged: {reason}</source>
        <translation>I contatti non sono stati uniti: {reason}</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code, for this workspace</source>
        <translation>Il paese dei numeri di telefono scritti senza prefisso internazionale, per quest&apos;area di lavoro</translation>
    </message>
    <message>
        <source>The file cannot be previewed: {reason}</source>
        <translation>Impossibile mostrare l&apos;anteprima del file: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read that way: {reason}</source>
        <translation>Il file non si può leggere in questo modo: {reason}</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows with a problem are marked; the import stops if any row of the file has one.</source>
        <translation>Le prime righe come verranno salvate. Le righe con un problema sono segnalate; l&apos;importazione si ferma se una riga del file ne ha uno.</translation>
    </message>
    <message>
        <source>The letters of {name} can be read in more than one way, and we cannot tell which is right. Choose the column where the names are written correctly.</source>
        <translation>Le lettere di {name} si possono leggere in più modi e non possiamo dire quale sia giusto. Scegli la colonna in cui i nomi sono scritti correttamente.</translation>
    </message>
    <message>
        <source>The list was not exported: {reason}</source>
        <translation>L&apos;elenco non è stato esportato: {reason}</translation>
    </message>
    <message>
        <source>The phone region was not saved: {reason}</source>
        <translation>La regione telefonica non è stata salvata: {reason}</translation>
    </message>
    <message>
        <source>The practice shown: {title}</source>
        <translation>La pratica visualizzata: {title}</translation>
    </message>
    <message>
        <source>The records the search found, with the columns the list shows for their type.</source>
        <translation>Le schede trovate dalla ricerca, con le colonne che l&apos;elenco mostra per il loro tipo.</translation>
    </message>
    <message>
        <source>The search for duplicates stopped: {reason}</source>
        <translation>La ricerca dei duplicati si è interrotta: {reason}</translation>
    </message>
    <message>
        <source>The search found nothing to export.</source>
        <translation>La ricerca non ha trovato nulla da esportare.</translation>
    </message>
    <message>
        <source>The selected contacts ({count})</source>
        <translation>I contatti selezionati ({count})</translation>
    </message>
    <message>
        <source>The selected practices ({count}), in one document</source>
        <translation>Le pratiche selezionate ({count}), in un unico documento</translation>
    </message>
    <message>
        <source>The sheet was not written: {reason}</source>
        <translation>La scheda non è stata scritta: {reason}</translation>
    </message>
    <message>
        <source>The trash cannot be exported. Choose practices, contacts, tools or themes.</source>
        <translation>Il cestino non si può esportare. Scegli pratiche, contatti, strumenti o temi.</translation>
    </message>
    <message>
        <source>These contacts look like the same person or organisation. Merging keeps one contact, fills its empty fields from the others, moves every link and attachment to it, and moves the others to the trash (restorable).</source>
        <translation>Questi contatti sembrano la stessa persona o organizzazione. L&apos;unione tiene un contatto, ne completa i campi vuoti con quelli degli altri, gli sposta tutti i collegamenti e gli allegati e sposta gli altri nel cestino (ripristinabili).</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}</source>
        <translation>Questo file non si può importare: {reason}</translation>
    </message>
    <message>
        <source>This file cannot be restored: {reason}</source>
        <translation>Questo file non si può ripristinare: {reason}</translation>
    </message>
    <message>
        <source>This is asked once and kept for the workspace; File → Settings changes it. Numbers with a country code, and rows that name a country, are read as they are.</source>
        <translation>Viene chiesto una volta sola e conservato per l&apos;area di lavoro; si cambia in File → Impostazioni. I numeri con prefisso internazionale e le righe che indicano un paese vengono letti così come sono.</translation>
    </message>
    <message>
        <source>This row has a problem</source>
        <translation>Questa riga ha un problema</translation>
    </message>
    <message>
        <source>This workspace is not shared with a group server; copies elsewhere (backups, exports) are not touched.</source>
        <translation>Questa area di lavoro non è condivisa con un server del gruppo; le copie altrove (backup, esportazioni) non vengono toccate.</translation>
    </message>
    <message>
        <source>This workspace is shared: the erasure is sent to the group server at the next sync, and every member&apos;s copy erases it too.</source>
        <translation>Questa area di lavoro è condivisa: la cancellazione viene inviata al server del gruppo alla prossima sincronizzazione e anche la copia di ogni membro la cancella.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>UTF-8 with &amp;BOM, for Excel</source>
        <translation>UTF-8 con &amp;BOM, per Excel</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <extracomment>the collections a table can be imported into</extracomment>
        <translation>UTF-8 con BOM</translation>
    </message>
    <message>
        <source>UTF-8 with BOM, for Excel</source>
        <translation>UTF-8 con BOM, per Excel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Barra verticale ( | )</translation>
    </message>
    <message>
        <source>Wait until the work in progress (an import, an export) has finished, then restore again.</source>
        <translation>Attendi che il lavoro in corso (un&apos;importazione, un&apos;esportazione) sia terminato, poi ripristina di nuovo.</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Avvisi ({count})</translation>
    </message>
    <message>
        <source>What erasing does</source>
        <translation>Cosa comporta la cancellazione</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>Perché si somigliano</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>Perché: {reasons}</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>Scrittura di {name}</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>colonna {number}</translation>
    </message>
    <message>
        <source>created {date}</source>
        <translation>creato il {date}</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>home</source>
        <translation>casa</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>cellulare</translation>
    </message>
    <message>
        <source>other</source>
        <translation>altro</translation>
    </message>
    <message>
        <source>practice-sheets</source>
        <translation>schede-pratiche</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>questo file</translation>
    </message>
    <message>
        <source>vCard 3.0 (older phones)</source>
        <translation>vCard 3.0 (telefoni meno recenti)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>File vCard (*.vcf)</translation>
    </message>
    <message>
        <source>work</source>
        <translation>lavoro</translation>
    </message>
    <message>
        <source>{name} holds phone numbers without a country code (such as “{example}”) on rows that name no country. In which country are they?</source>
        <translation>{name} contiene numeri di telefono senza prefisso internazionale (come «{example}») in righe che non indicano alcun paese. Di quale paese sono?</translation>
    </message>
    <message>
        <source>{name} — {details}</source>
        <translation>{name} — {details}</translation>
    </message>
    <message>
        <source>{what}: every record the list shows ({count}), with its filters, its order and the columns shown.</source>
        <translation>{what}: tutte le schede mostrate nell&apos;elenco ({count}), con i suoi filtri, il suo ordine e le colonne visualizzate.</translation>
    </message>
    <message>
        <source>{what}: {count} found</source>
        <translation>{what}: {count} trovati</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>— escludi —</translation>
    </message>
    <message>
        <source>“{name}” was erased.</source>
        <translation>«{name}» è stato cancellato.</translation>
    </message>
    <message>
        <source>“{name}” was erased. No other record mentions them in its text.</source>
        <translation>«{name}» è stato cancellato. Nessun&apos;altra scheda lo menziona nel testo.</translation>
    </message>
    <message>
        <source>“{name}” was erased. These records still mention them in their text. Open each one and remove or reword the mention where it is personal data.</source>
        <translation>«{name}» è stato cancellato. Queste schede lo menzionano ancora nel testo. Aprile una per una e rimuovi o riformula la menzione dove si tratta di dati personali.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Give the currency of the funding amount</source>
        <translation>Indica la valuta dell&apos;importo del finanziamento</translation>
    </message>
    <message>
        <source>Region {value} is not in {country}</source>
        <translation>La regione {value} non si trova in {country}</translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation>La data di fine è precedente alla data di inizio</translation>
    </message>
    <message>
        <source>Unknown field “{value}”</source>
        <translation>Campo sconosciuto «{value}»</translation>
    </message>
    <message>
        <source>{label} cannot be negative</source>
        <translation>{label} non può essere negativo</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label} è obbligatorio</translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters, at most {limit})</source>
        <translation>{label} è troppo lungo ({length} caratteri, al massimo {limit})</translation>
    </message>
    <message>
        <source>{label} must be a list</source>
        <translation>{label} deve essere un elenco</translation>
    </message>
    <message>
        <source>{label} must be a list of text</source>
        <translation>{label} deve essere un elenco di testi</translation>
    </message>
    <message>
        <source>{label} must be a number, not “{value}”</source>
        <translation>{label} deve essere un numero, non «{value}»</translation>
    </message>
    <message>
        <source>{label} must be a whole number</source>
        <translation>{label} deve essere un numero intero</translation>
    </message>
    <message>
        <source>{label} must be text</source>
        <translation>{label} deve essere un testo</translation>
    </message>
    <message>
        <source>{label}: each entry needs a value</source>
        <translation>{label}: ogni voce deve avere un valore</translation>
    </message>
    <message>
        <source>“{value}” is not a NUTS region code</source>
        <translation>«{value}» non è un codice di regione NUTS</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD)</source>
        <translation>«{value}» non è una data (usa AAAA-MM-GG)</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number (use +country code, e.g. +351 21 000 0000)</source>
        <translation>«{value}» non è un numero di telefono (usa il prefisso +paese, ad es. +39 06 1234 5678)</translation>
    </message>
    <message>
        <source>“{value}” is not a possible phone number</source>
        <translation>«{value}» non è un numero di telefono possibile</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>«{value}» non è un identificativo di scheda</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address</source>
        <translation>«{value}» non è un indirizzo e-mail valido</translation>
    </message>
    <message>
        <source>“{value}” is not a web address (it should start with https://)</source>
        <translation>«{value}» non è un indirizzo web (dovrebbe iniziare con https://)</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 3166 country code</source>
        <translation>«{value}» non è un codice paese ISO 3166</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 4217 currency code</source>
        <translation>«{value}» non è un codice valuta ISO 4217</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 639 language code</source>
        <translation>«{value}» non è un codice lingua ISO 639</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>«{value}» non è uno di questi valori: {choices}</translation>
    </message>
</context>
<context>
    <name>WhatsNew</name>
    <message>
        <source>&amp;What&apos;s new</source>
        <translation>&amp;Novità</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(senza titolo)</translation>
    </message>
    <message>
        <source>By {who}, {when}</source>
        <translation>Di {who}, {when}</translation>
    </message>
    <message>
        <source>Changed contact: {title}</source>
        <translation>Contatto modificato: {title}</translation>
    </message>
    <message>
        <source>Changed practice: {title}</source>
        <translation>Pratica modificata: {title}</translation>
    </message>
    <message>
        <source>Changed tool: {title}</source>
        <translation>Strumento modificato: {title}</translation>
    </message>
    <message>
        <source>Everything here is read.</source>
        <translation>Tutto letto.</translation>
    </message>
    <message>
        <source>First sync: {items} from your group</source>
        <translation>Prima sincronizzazione: {items} dal tuo gruppo</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>Segna &amp;tutto come letto</translation>
    </message>
    <message>
        <source>Mark everything in What&apos;s new as read</source>
        <translation>Segna tutte le novità come lette</translation>
    </message>
    <message>
        <source>New contact: {title}</source>
        <translation>Nuovo contatto: {title}</translation>
    </message>
    <message>
        <source>New practice: {title}</source>
        <translation>Nuova pratica: {title}</translation>
    </message>
    <message>
        <source>New tool: {title}</source>
        <translation>Nuovo strumento: {title}</translation>
    </message>
    <message>
        <source>Nothing new from your group yet. When others add or change practices, contacts or tools, they are listed here after a sync.</source>
        <translation>Ancora nessuna novità dal tuo gruppo. Quando altri aggiungono o modificano pratiche, contatti o strumenti, compaiono qui dopo una sincronizzazione.</translation>
    </message>
    <message>
        <source>Only &amp;unread</source>
        <translation>Solo non &amp;letti</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Questa scheda non è più qui.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Unread: {line}</source>
        <translation>Non letto: {line}</translation>
    </message>
    <message>
        <source>What arrived from your group</source>
        <translation>Ciò che è arrivato dal tuo gruppo</translation>
    </message>
    <message>
        <source>What your group added or changed since you last looked</source>
        <translation>Ciò che il tuo gruppo ha aggiunto o modificato dall&apos;ultima volta che hai guardato</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Novità</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ieri</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>qualcuno</translation>
    </message>
    <message>
        <source>{day} · {who}: {counts}</source>
        <translation>{day} · {who}: {counts}</translation>
    </message>
    <message>
        <source>{items} from your group</source>
        <translation>{items} dal tuo gruppo</translation>
    </message>
</context>
</TS>
