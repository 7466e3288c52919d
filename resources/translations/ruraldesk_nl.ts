<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>Attachments</name>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>No program to open this file</source>
        <translation>Geen programma om dit bestand te openen</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Een kopie opslaan</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Een kopie opslaan…</translation>
    </message>
    <message>
        <source>This computer has no program that opens “{name}”. You can save a copy and open it later with a program of your choice.</source>
        <translation>Deze computer heeft geen programma dat ‘{name}’ opent. U kunt een kopie opslaan en die later openen met een programma naar keuze.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Advice service</source>
        <translation>Adviesdienst</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Overheidsinstantie</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Slecht</translation>
    </message>
    <message>
        <source>Community cooperative</source>
        <translation>Gemeenschapscoöperatie</translation>
    </message>
    <message>
        <source>Community foundation</source>
        <translation>Gemeenschapsfonds</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Finance service</source>
        <translation>Financieringsdienst</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Richtlijn</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Thuis</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Wettelijke verplichting</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Gerechtvaardigde belangen</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Lokale overheid</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Methodologie</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Gemengd</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobiel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Policy recommendation</source>
        <translation>Beleidsaanbeveling</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Taak van algemeen belang</translation>
    </message>
    <message>
        <source>Regional authority</source>
        <translation>Regionale overheid</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gedeeld</translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation>Sociale onderneming</translation>
    </message>
    <message>
        <source>Support service</source>
        <translation>Ondersteuningsdienst</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>Third place</source>
        <translation>Derde plek</translation>
    </message>
    <message>
        <source>Toolkit</source>
        <translation>Toolkit</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Village association</source>
        <translation>Dorpsvereniging</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Vitale belangen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>Work integration enterprise</source>
        <translation>Re-integratiebedrijf</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <source>Attachment</source>
        <translation>Bijlage</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussie</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Discussies</translation>
    </message>
    <message>
        <source>Linked contacts</source>
        <translation>Gekoppelde contacten</translation>
    </message>
    <message>
        <source>Linked practices</source>
        <translation>Gekoppelde praktijken</translation>
    </message>
    <message>
        <source>Linked tools</source>
        <translation>Gekoppelde hulpmiddelen</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nieuw contact</translation>
    </message>
    <message>
        <source>New practice</source>
        <extracomment>the interface languages, each named in itself (never translated), in the order the EU lists its 24 official languages: alphabetical by that own name (български, español, čeština, …)</extracomment>
        <translation>Nieuwe praktijk</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nieuw thema</translation>
    </message>
    <message>
        <source>New tool</source>
        <translation>Nieuw hulpmiddel</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praktijk</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Praktijken</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Hulpmiddel</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Hulpmiddelen</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Negeren</translation>
    </message>
    <message>
        <source>&amp;Leave it deleted</source>
        <translation>&amp;Verwijderd laten</translation>
    </message>
    <message>
        <source>&amp;Merged value (edit, then save):</source>
        <translation>&amp;Samengevoegde waarde (bewerk en sla daarna op):</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>Record &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Restore the record</source>
        <translation>Record &amp;herstellen</translation>
    </message>
    <message>
        <source>&amp;Save merged value</source>
        <translation>Samengevoegde waarde op&amp;slaan</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>kinds whose stored values are codes or ids: shown by name, in the interface language</extracomment>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(zonder titel)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Mijne behouden</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Die van &amp;hen behouden</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Samengevoegde waarde</translation>
    </message>
    <message>
        <source>No conflicts: everything your group changed fitted together.</source>
        <translation>Geen conflicten: alles wat uw groep veranderde, paste bij elkaar.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Niet opgeslagen: {error}</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Openstaande conflicten</translation>
    </message>
    <message>
        <source>Refused: {title} — {field}</source>
        <translation>Geweigerd: {title} — {field}</translation>
    </message>
    <message>
        <source>Settled: “{title}” — {field}. Your choice is shared with the group at the next sync.</source>
        <translation>Opgelost: ‘{title}’ — {field}. Uw keuze wordt bij de volgende synchronisatie met de groep gedeeld.</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Hun waarde</translation>
    </message>
    <message>
        <source>Theirs — by {who}, {when}</source>
        <translation>Van hen — door {who}, {when}</translation>
    </message>
    <message>
        <source>When two people changed the same thing before syncing, the group server kept one value and set the other aside. Choose what the record should say; your choice is shared with everyone at the next sync.</source>
        <translation>Toen twee mensen vóór het synchroniseren hetzelfde veranderden, heeft de groepsserver één waarde behouden en de andere apart gezet. Kies wat het record moet bevatten; uw keuze wordt bij de volgende synchronisatie met iedereen gedeeld.</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Waarom de server het weigerde</translation>
    </message>
    <message>
        <source>Your change ({when})</source>
        <translation>Uw wijziging ({when})</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Uw waarde</translation>
    </message>
    <message>
        <source>Yours — by {who}, {when}</source>
        <translation>Van u — door {who}, {when}</translation>
    </message>
    <message>
        <source>another member</source>
        <translation>een ander lid</translation>
    </message>
    <message>
        <source>deleted or kept</source>
        <translation>verwijderd of behouden</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>de groep</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>you</source>
        <translation>u</translation>
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
        <translation>(zonder titel)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bewerken annuleren</translation>
    </message>
    <message>
        <source>Choose a record in the list, or press Ctrl+N to add one.</source>
        <translation>Kies een record in de lijst, of druk op Ctrl+N om er een toe te voegen.</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>the record now shown (None: none), for what sits beside it (ui/discussions: its comments)</extracomment>
        <translation>Details</translation>
    </message>
    <message>
        <source>Edit form</source>
        <translation>Bewerkformulier</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>{title} bewerken</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Velden met * zijn verplicht.</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Verlaten zonder op te slaan?</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Corrigeer de hieronder gemarkeerde velden.</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Probleem met {field}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Het record opslaan</translation>
    </message>
    <message>
        <source>Your changes to this record are not saved. Leave the form and lose them?</source>
        <translation>Uw wijzigingen in dit record zijn niet opgeslagen. Het formulier verlaten en ze kwijtraken?</translation>
    </message>
    <message>
        <source>created by {who}</source>
        <translation>gemaakt door {who}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <extracomment>a member id as people read it (the group&apos;s member directory, store.news.name)</extracomment>
        <translation>in de prullenbak</translation>
    </message>
    <message>
        <source>last changed {when} by {who}</source>
        <translation>laatst gewijzigd {when} door {who}</translation>
    </message>
    <message>
        <source>not on this computer yet</source>
        <translation>nog niet op deze computer</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>verwijderen</translation>
    </message>
    <message>
        <source>unlink</source>
        <translation>ontkoppelen</translation>
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
        <translation>B&amp;ijlagen:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Gegevensmap:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Lettergrootte:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Taal van de interface:</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>&amp;Uitnodigingscode:</translation>
    </message>
    <message>
        <source>&amp;Phone region:</source>
        <translation>Tele&amp;foonregio:</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start.</source>
        <translation>Een nieuwe gegevensmap wordt vanaf de volgende start gebruikt.</translation>
    </message>
    <message>
        <source>Add your own practices, contacts and tools.</source>
        <translation>Voeg uw eigen praktijken, contacten en hulpmiddelen toe.</translation>
    </message>
    <message>
        <source>As&amp;k before a sync changes more than:</source>
        <translation>Vr&amp;agen voordat een synchronisatie meer verandert dan:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Kies de gegevensmap</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Connect to a group server</source>
        <translation>Verbinden met een groepsserver</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <source>Default data folder</source>
        <translation>Standaardgegevensmap</translation>
    </message>
    <message>
        <source>Demo records per collection</source>
        <translation>Demorecords per verzameling</translation>
    </message>
    <message>
        <source>Download when opened</source>
        <translation>Downloaden bij openen</translation>
    </message>
    <message>
        <source>Fictional practices, contacts and tools in seven languages, to try things out. You can delete them later.</source>
        <translation>Verzonnen praktijken, contacten en hulpmiddelen in zeven talen, om dingen uit te proberen. U kunt ze later verwijderen.</translation>
    </message>
    <message>
        <source>Find records to link</source>
        <translation>Records zoeken om te koppelen</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Uitnodigingscode</translation>
    </message>
    <message>
        <source>Join your group&apos;s shared repository with the invitation code your coordinator sent you.</source>
        <translation>Sluit u aan bij de gedeelde opslag van uw groep met de uitnodigingscode die uw coördinator u stuurde.</translation>
    </message>
    <message>
        <source>Keep all offline</source>
        <translation>Alles offline houden</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Demogegevens laden</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Alleen als ik erom vraag</translation>
    </message>
    <message>
        <source>Records per collection:</source>
        <translation>Records per verzameling:</translation>
    </message>
    <message>
        <source>Records to link</source>
        <translation>Records om te koppelen</translation>
    </message>
    <message>
        <source>RuralDesk keeps your group&apos;s practices, contacts and tools on this computer, and works without a connection. How would you like to start?</source>
        <translation>RuralDesk bewaart de praktijken, contacten en hulpmiddelen van uw groep op deze computer en werkt zonder verbinding. Hoe wilt u beginnen?</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>S&amp;ynchroniseren elke:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Show these columns:</source>
        <translation>Deze kolommen tonen:</translation>
    </message>
    <message>
        <source>Start with an empty workspace</source>
        <translation>Beginnen met een lege werkruimte</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stoppen…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Taal van het systeem</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Grootte van het systeem</translation>
    </message>
    <message>
        <source>Type a name or a word to find records</source>
        <translation>Typ een naam of een woord om records te vinden</translation>
    </message>
    <message>
        <source>Welcome to RuralDesk</source>
        <translation>Welkom bij RuralDesk</translation>
    </message>
    <message>
        <source>added {when}</source>
        <translation>toegevoegd {when}</translation>
    </message>
    <message>
        <source>{title}: {done} of {total}</source>
        <translation>{title}: {done} van {total}</translation>
    </message>
</context>
<context>
    <name>Discussions</name>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n bericht</numerusform>
            <numerusform>%n berichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topics</source>
        <translation>
            <numerusform>%n onderwerp</numerusform>
            <numerusform>%n onderwerpen</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(geen titel)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(niet vermeld)</translation>
    </message>
    <message>
        <source>A topic needs a title and an opening post.</source>
        <translation>Een onderwerp heeft een titel en een openingsbericht nodig.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Bestanden bijvoegen</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Bestanden bijvoegen…</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Bijgevoegd:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Reacties</translation>
    </message>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Reacties (%n)</numerusform>
            <numerusform>Reacties (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the discussion: {error}</source>
        <translation>Kon de discussie niet exporteren: {error}</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Kon niet opslaan: {error}</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Concept bewaard</translation>
    </message>
    <message>
        <source>Draft kept from {when}</source>
        <translation>Concept bewaard van {when}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Edit your post</source>
        <translation>Uw bericht bewerken</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exporteren als Markdown…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Exporteren als PDF…</translation>
    </message>
    <message>
        <source>Export the discussion</source>
        <translation>De discussie exporteren</translation>
    </message>
    <message>
        <source>Files to attach to this post</source>
        <translation>Bestanden om bij dit bericht te voegen</translation>
    </message>
    <message>
        <source>Files to attach: {names}</source>
        <translation>Bestanden om bij te voegen: {names}</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Verborgen door een coördinator: {reason}</translation>
    </message>
    <message>
        <source>Hidden from the group: {reason}</source>
        <translation>Verborgen voor de groep: {reason}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide the discussion…</source>
        <translation>De discussie verbergen…</translation>
    </message>
    <message>
        <source>Hide…</source>
        <translation>Verbergen…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Laatste activiteit</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>New &amp;topic…</source>
        <translation>Nieuw &amp;onderwerp…</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Nieuw onderwerp</translation>
    </message>
    <message>
        <source>New topic…</source>
        <translation>Nieuw onderwerp…</translation>
    </message>
    <message>
        <source>No posts yet. Write the first one below.</source>
        <translation>Nog geen berichten. Schrijf hieronder het eerste.</translation>
    </message>
    <message>
        <source>No topics yet. Start one with New topic; comments on a practice, tool or contact are at the foot of its page.</source>
        <translation>Nog geen onderwerpen. Begin er een met Nieuw onderwerp; reacties op een praktijk, hulpmiddel of contact staan onderaan de pagina daarvan.</translation>
    </message>
    <message>
        <source>Not a reply</source>
        <translation>Geen antwoord</translation>
    </message>
    <message>
        <source>Not allowed: {reason}.</source>
        <translation>Niet toegestaan: {reason}.</translation>
    </message>
    <message>
        <source>Opening post</source>
        <translation>Openingsbericht</translation>
    </message>
    <message>
        <source>Opening post:</source>
        <translation>Openingsbericht:</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>Post it (Ctrl+Enter)</source>
        <translation>Plaatsen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Bericht verwijderd</translation>
    </message>
    <message>
        <source>Posted. It goes to the group at the next sync.</source>
        <translation>Geplaatst. Het gaat bij de volgende synchronisatie naar de groep.</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <source>Replying to a post</source>
        <translation>Antwoord op een bericht</translation>
    </message>
    <message>
        <source>Replying to {name}</source>
        <translation>Antwoord aan {name}</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier posts</source>
        <translation>
            <numerusform>%n eerder bericht tonen</numerusform>
            <numerusform>%n eerdere berichten tonen</numerusform>
        </translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Opnieuw tonen</translation>
    </message>
    <message>
        <source>Show discussions</source>
        <translation>Discussies tonen</translation>
    </message>
    <message>
        <source>Start a discussion with the group</source>
        <translation>Een discussie met de groep beginnen</translation>
    </message>
    <message>
        <source>Start a discussion with the group (Ctrl+Shift+D)</source>
        <translation>Een discussie met de groep beginnen (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Gestart door</translation>
    </message>
    <message>
        <source>The discussion was written to {path}.</source>
        <translation>De discussie is geschreven naar {path}.</translation>
    </message>
    <message>
        <source>The earlier version stays in the post&apos;s history.</source>
        <translation>De eerdere versie blijft in de geschiedenis van het bericht.</translation>
    </message>
    <message>
        <source>The opening post… *emphasis*, **strong**, - lists, [links](https://…), @member</source>
        <translation>Het openingsbericht… *nadruk*, **vet**, - lijsten, [links](https://…), @lid</translation>
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
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>Version {n}, {when}, by {name}</source>
        <translation>Versie {n}, {when}, door {name}</translation>
    </message>
    <message>
        <source>Versions of the post</source>
        <translation>Versies van het bericht</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>Waar gaat het over?</translation>
    </message>
    <message>
        <source>Why is it hidden? Everyone sees the reason in its place.</source>
        <translation>Waarom is het verborgen? Iedereen ziet de reden op de plaats ervan.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Withdraw this post? Its text goes from the thread; its earlier versions stay in its history.</source>
        <translation>Dit bericht intrekken? De tekst verdwijnt uit de draad; de eerdere versies blijven in de geschiedenis.</translation>
    </message>
    <message>
        <source>Withdraw your post</source>
        <translation>Uw bericht intrekken</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Ingetrokken door de auteur.</translation>
    </message>
    <message>
        <source>Write a post… *emphasis*, **strong**, - lists, [links](https://…), @member (Ctrl+Enter posts)</source>
        <translation>Schrijf een bericht… *nadruk*, **vet**, - lijsten, [links](https://…), @lid (Ctrl+Enter plaatst)</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Schrijf eerst iets.</translation>
    </message>
    <message>
        <source>Write to the whole thread instead (Escape)</source>
        <translation>In plaats daarvan aan de hele draad schrijven (Escape)</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>Uw bericht</translation>
    </message>
    <message>
        <source>a discussion&apos;s rules do not allow this change</source>
        <translation>de regels van de discussie staan deze wijziging niet toe</translation>
    </message>
    <message>
        <source>a post needs some text</source>
        <translation>een bericht heeft wat tekst nodig</translation>
    </message>
    <message>
        <source>a removed post</source>
        <translation>een verwijderd bericht</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bewerkt</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>als antwoord aan {name}</translation>
    </message>
    <message>
        <source>only a coordinator can hide a post or a discussion</source>
        <translation>alleen een coördinator kan een bericht of een discussie verbergen</translation>
    </message>
    <message>
        <source>only its author can edit or withdraw a post</source>
        <extracomment>what a discussion write changes, for the views</extracomment>
        <translation>alleen de auteur kan een bericht bewerken of intrekken</translation>
    </message>
    <message>
        <source>only the member who started a discussion can change its title, themes or language</source>
        <translation>alleen het lid dat een discussie begon, kan de titel, thema&apos;s of taal ervan wijzigen</translation>
    </message>
    <message>
        <source>started by {name}</source>
        <translation>gestart door {name}</translation>
    </message>
    <message>
        <source>{title} (hidden)</source>
        <translation>{title} (verborgen)</translation>
    </message>
    <message>
        <source>{title} · {count} new</source>
        <translation>{title} · {count} nieuw</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>(choose)</source>
        <translation>(kiezen)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>No date</source>
        <extracomment>where the calendar opens when no date is set; the form points an end date at its start</extracomment>
        <translation>Geen datum</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Type and press Enter</source>
        <translation>Typ en druk op Enter</translation>
    </message>
    <message>
        <source>add</source>
        <translation>toevoegen</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>wissen</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lijst</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>verwijderen</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>toe te voegen</translation>
    </message>
    <message>
        <source>type</source>
        <translation>soort</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Broader theme</source>
        <translation>Breder thema</translation>
    </message>
    <message>
        <source>Comments on</source>
        <translation>Reageert op</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Datum van toestemming</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Bron van toestemming</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussie</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Expertise themes</source>
        <translation>Expertisethema&apos;s</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Bestandsnaam</translation>
    </message>
    <message>
        <source>Full name of a person, or the name of an organisation</source>
        <translation>Volledige naam van een persoon, of de naam van een organisatie</translation>
    </message>
    <message>
        <source>Funding amount</source>
        <translation>Financieringsbedrag</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Financieringsbron</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Group member</source>
        <translation>Groepslid</translation>
    </message>
    <message>
        <source>Hidden because</source>
        <translation>Verborgen omdat</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>Antwoord op</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Rechtsgrond</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Geleerde lessen</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Mediatype</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Vermeldingen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Doelstellingen</translation>
    </message>
    <message>
        <source>Obstacles (legal / policy)</source>
        <translation>Obstakels (juridisch / beleid)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Organisation types</source>
        <translation>Soorten organisaties</translation>
    </message>
    <message>
        <source>Partners (incl. authorities)</source>
        <translation>Partners (incl. overheden)</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefoons</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Related contacts</source>
        <translation>Gerelateerde contacten</translation>
    </message>
    <message>
        <source>Related tools</source>
        <translation>Gerelateerde hulpmiddelen</translation>
    </message>
    <message>
        <source>Removed posts</source>
        <translation>Verwijderde berichten</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Notitie van de beoordelaar</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Grootte (bytes)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Gestart door</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>The person&apos;s member name in the group: their posts are then part of their data</source>
        <translation>De ledennaam van de persoon in de groep: diens berichten horen dan bij diens gegevens</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Town / village</source>
        <translation>Stad / dorp</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Overdraagbaarheid</translation>
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
        <translation>&amp;Auditlogboek</translation>
    </message>
    <message>
        <source>&amp;Cancel the invitation</source>
        <translation>Uitnodiging &amp;intrekken</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Export everything about this person…</source>
        <translation>Alles over deze persoon &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>&amp;Hand a file to the server…</source>
        <translation>&amp;Bestand aan de server overdragen…</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Uitnodigingen</translation>
    </message>
    <message>
        <source>&amp;Invite someone…</source>
        <translation>Iemand uitnodi&amp;gen…</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Leden</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Newest entries</source>
        <translation>&amp;Nieuwste items</translation>
    </message>
    <message>
        <source>&amp;Older entries</source>
        <translation>&amp;Oudere items</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;People&apos;s data</source>
        <translation>&amp;Persoonsgegevens</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Geldig voor:</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>1 week</source>
        <extracomment>how long an invitation can be redeemed, in hours</extracomment>
        <translation>1 week</translation>
    </message>
    <message>
        <source>A revoked token stops syncing at once: that computer keeps its copy but can no longer send or receive. Tick the computers to cut off.</source>
        <translation>Een ingetrokken token stopt meteen met synchroniseren: die computer houdt zijn kopie, maar kan niets meer verzenden of ontvangen. Vink de computers aan die moeten worden afgesloten.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Added a member</source>
        <translation>Heeft een lid toegevoegd</translation>
    </message>
    <message>
        <source>Asking the server who you are…</source>
        <translation>De server wordt gevraagd wie u bent…</translation>
    </message>
    <message>
        <source>At {url}</source>
        <translation>Op {url}</translation>
    </message>
    <message>
        <source>At {url} · you are: {role}</source>
        <translation>Op {url} · u bent: {role}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Cancel the invitation</source>
        <translation>Uitnodiging intrekken</translation>
    </message>
    <message>
        <source>Cancel the invitation for {name}? The code stops working at once; you can invite them again later.</source>
        <translation>De uitnodiging voor {name} intrekken? De code werkt meteen niet meer; u kunt diegene later opnieuw uitnodigen.</translation>
    </message>
    <message>
        <source>Cancelled an invitation</source>
        <translation>Heeft een uitnodiging ingetrokken</translation>
    </message>
    <message>
        <source>Cancelling the invitation…</source>
        <translation>Uitnodiging wordt ingetrokken…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>&amp;Rol wijzigen…</translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation>De rol van {name} wijzigen</translation>
    </message>
    <message>
        <source>Changed a member</source>
        <translation>Heeft een lid gewijzigd</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>Rol wordt gewijzigd…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Kies het bestand</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
    <message>
        <source>Copy the invitation code</source>
        <translation>De uitnodigingscode kopiëren</translation>
    </message>
    <message>
        <source>Create the invitation</source>
        <translation>De uitnodiging maken</translation>
    </message>
    <message>
        <source>Creating the invitation…</source>
        <translation>Uitnodiging wordt gemaakt…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>Deze persoon &amp;definitief wissen…</translation>
    </message>
    <message>
        <source>Erase on every replica</source>
        <translation>Wissen op elke replica</translation>
    </message>
    <message>
        <source>Erase “{name}”</source>
        <translation>‘{name}’ definitief wissen</translation>
    </message>
    <message>
        <source>Erase “{name}” from the whole group? This cannot be undone. It is erased here and sent to the server at once; every member&apos;s copy of RuralDesk erases it at its next sync:</source>
        <translation>‘{name}’ definitief uit de hele groep wissen? Dit kan niet ongedaan worden gemaakt. Het wordt hier gewist en meteen naar de server gestuurd; de kopie van RuralDesk van elk lid wist het bij de volgende synchronisatie:</translation>
    </message>
    <message>
        <source>Erased a record</source>
        <translation>Heeft een record gewist</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Wissen…</translation>
    </message>
    <message>
        <source>Everything about {name} was written to {path}.</source>
        <translation>Alles over {name} is geschreven naar {path}.</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Alles over {name} exporteren</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Een persoon zoeken</translation>
    </message>
    <message>
        <source>Give {name} this code. In RuralDesk they choose Sync → Set up sync… and paste it, or scan the picture with a phone and send it to themselves. It works once, until {expires}.</source>
        <translation>Geef {name} deze code. In RuralDesk kiezen zij Synchronisatie → Synchronisatie instellen… en plakken hem, of scannen de afbeelding met een telefoon en sturen die naar zichzelf. Hij werkt één keer, tot {expires}.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Group window status</source>
        <translation>Status van het groepsvenster</translation>
    </message>
    <message>
        <source>Group “{group}”</source>
        <translation>Groep ‘{group}’</translation>
    </message>
    <message>
        <source>Hand a file to the server</source>
        <translation>Een bestand aan de server overdragen</translation>
    </message>
    <message>
        <source>Hand to the server</source>
        <translation>Aan de server overdragen</translation>
    </message>
    <message>
        <source>Handing the file to the server…</source>
        <translation>Bestand wordt aan de server overgedragen…</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Uitnodigingscode</translation>
    </message>
    <message>
        <source>Invitation code as a QR code</source>
        <translation>Uitnodigingscode als QR-code</translation>
    </message>
    <message>
        <source>Invitation for {name}</source>
        <translation>Uitnodiging voor {name}</translation>
    </message>
    <message>
        <source>Invitation for {name} cancelled.</source>
        <translation>Uitnodiging voor {name} ingetrokken.</translation>
    </message>
    <message>
        <source>Invitation for {name} created.</source>
        <translation>Uitnodiging voor {name} gemaakt.</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <translation>Iemand uitnodigen</translation>
    </message>
    <message>
        <source>Invited someone</source>
        <translation>Heeft iemand uitgenodigd</translation>
    </message>
    <message>
        <source>Issued a token</source>
        <translation>Heeft een token uitgegeven</translation>
    </message>
    <message>
        <source>Its attachments: none</source>
        <translation>Bijlagen: geen</translation>
    </message>
    <message>
        <source>Its attachments: {names}</source>
        <translation>Bijlagen: {names}</translation>
    </message>
    <message>
        <source>Its history, with the values it held (changes recorded: {count})</source>
        <translation>Geschiedenis, met de waarden die het had (geregistreerde wijzigingen: {count})</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Joined the group, but the token could not be kept: {error}</source>
        <extracomment>starts network work off the UI thread: Operations.run, or the worker itself</extracomment>
        <translation>Lid geworden van de groep, maar het token kon niet worden bewaard: {error}</translation>
    </message>
    <message>
        <source>Joined with an invitation</source>
        <translation>Lid geworden met een uitnodiging</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Laatste synchronisatie</translation>
    </message>
    <message>
        <source>Links to it from other records: none</source>
        <translation>Links ernaar vanuit andere records: geen</translation>
    </message>
    <message>
        <source>Links to it from {records} ({count}): {titles}</source>
        <translation>Links ernaar vanuit {records} ({count}): {titles}</translation>
    </message>
    <message>
        <source>Listing what the erasure removes…</source>
        <translation>Nagaan wat het wissen verwijdert…</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Auditlogboek wordt geladen…</translation>
    </message>
    <message>
        <source>Loading the member&apos;s tokens…</source>
        <translation>Tokens van het lid worden geladen…</translation>
    </message>
    <message>
        <source>Loading the members…</source>
        <translation>Leden worden geladen…</translation>
    </message>
    <message>
        <source>Loading the open invitations…</source>
        <translation>Openstaande uitnodigingen worden geladen…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>Members see the new name after their next sync; the group&apos;s address stays.</source>
        <translation>Leden zien de nieuwe naam na hun volgende synchronisatie; het adres van de groep blijft.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Not connected to a group server.</source>
        <translation>Niet verbonden met een groepsserver.</translation>
    </message>
    <message>
        <source>Not done: {why}</source>
        <translation>Niet gedaan: {why}</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied} and already had {already}.</source>
        <translation>Wijzigingen in het bestand: {total}; de server heeft er {applied} toegepast en had er al {already}.</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied}, already had {already} and refused {refused}: {reasons}.</source>
        <translation>Wijzigingen in het bestand: {total}; de server heeft er {applied} toegepast, had er al {already} en weigerde er {refused}: {reasons}.</translation>
    </message>
    <message>
        <source>Only the group&apos;s coordinators can invite people, change roles or remove members. Ask one of them.</source>
        <translation>Alleen de coördinatoren van de groep kunnen mensen uitnodigen, rollen wijzigen of leden verwijderen. Vraag het een van hen.</translation>
    </message>
    <message>
        <source>Open invitations</source>
        <translation>Openstaande uitnodigingen</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Opnieu&amp;w laden</translation>
    </message>
    <message>
        <source>Re&amp;move from the group…</source>
        <translation>Uit de groep &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Re&amp;name the group…</source>
        <translation>Groep &amp;hernoemen…</translation>
    </message>
    <message>
        <source>Re&amp;voke tokens…</source>
        <translation>&amp;Tokens intrekken…</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Lezer</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} verwijderen</translation>
    </message>
    <message>
        <source>Remove {name} from the group</source>
        <translation>{name} uit de groep verwijderen</translation>
    </message>
    <message>
        <source>Remove {name} from the group? Their tokens stop working at once and they no longer receive the group&apos;s records. Everything they added or changed stays, under their name.</source>
        <translation>{name} uit de groep verwijderen? Diens tokens werken meteen niet meer en diegene ontvangt de records van de groep niet langer. Alles wat diegene heeft toegevoegd of gewijzigd, blijft, onder diens naam.</translation>
    </message>
    <message>
        <source>Removed a member</source>
        <translation>Heeft een lid verwijderd</translation>
    </message>
    <message>
        <source>Removing the member…</source>
        <translation>Lid wordt verwijderd…</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>De groep hernoemen</translation>
    </message>
    <message>
        <source>Renamed the group</source>
        <translation>Heeft de groep hernoemd</translation>
    </message>
    <message>
        <source>Renaming the group…</source>
        <translation>Groep wordt hernoemd…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Revoke tokens of {name}</source>
        <translation>Tokens van {name} intrekken</translation>
    </message>
    <message>
        <source>Revoked a token</source>
        <translation>Heeft een token ingetrokken</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Intrekken…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Send the changes in a hand-over file someone brought straight to the server</source>
        <translation>De wijzigingen uit een overdrachtsbestand dat iemand meebracht rechtstreeks naar de server sturen</translation>
    </message>
    <message>
        <source>The changes in the file go to the server under the names of the people who made them; this computer gets them at its next sync, like everyone. Changes the server already has are not taken twice.</source>
        <translation>De wijzigingen in het bestand gaan naar de server onder de namen van de mensen die ze hebben gemaakt; deze computer krijgt ze bij zijn volgende synchronisatie, net als iedereen. Wijzigingen die de server al heeft, worden niet twee keer opgenomen.</translation>
    </message>
    <message>
        <source>The code is on the clipboard.</source>
        <translation>De code staat op het klembord.</translation>
    </message>
    <message>
        <source>The contact “{name}” and every field value it had</source>
        <translation>Het contact ‘{name}’ en elke veldwaarde die het had</translation>
    </message>
    <message>
        <source>The discussion about this contact, with its posts ({count})</source>
        <translation>De discussie over dit contact, met de berichten ervan ({count})</translation>
    </message>
    <message>
        <source>The file holds no changes; nothing was sent.</source>
        <translation>Het bestand bevat geen wijzigingen; er is niets verzonden.</translation>
    </message>
    <message>
        <source>The five words given with the file, separately from it.</source>
        <translation>De vijf woorden die u los van het bestand hebt gekregen.</translation>
    </message>
    <message>
        <source>The group is now called “{name}”.</source>
        <translation>De groep heet nu ‘{name}’.</translation>
    </message>
    <message>
        <source>The invitation gives one person a place in the group. They paste the code into RuralDesk (Sync → Set up sync…) on their computer; it works once.</source>
        <translation>De uitnodiging geeft één persoon een plaats in de groep. Diegene plakt de code in RuralDesk (Synchronisatie → Synchronisatie instellen…) op de eigen computer; hij werkt één keer.</translation>
    </message>
    <message>
        <source>The person is also named in the text of {count} other records. That text is not changed: review it after the erasure (the export lists where).</source>
        <translation>De persoon wordt ook genoemd in de tekst van {count} andere records. Die tekst wordt niet gewijzigd: bekijk hem na het wissen (de export vermeldt waar).</translation>
    </message>
    <message>
        <source>Their own posts in the group&apos;s discussions ({count}); the threads stay and show “post removed”</source>
        <translation>Diens eigen berichten in de discussies van de groep ({count}); de draden blijven en tonen ‘bericht verwijderd’</translation>
    </message>
    <message>
        <source>This member has no token in use.</source>
        <translation>Dit lid heeft geen token in gebruik.</translation>
    </message>
    <message>
        <source>This workspace is not connected to a group server. Use Sync → Set up sync… with the invitation code your coordinator gave you.</source>
        <translation>Deze werkruimte is niet verbonden met een groepsserver. Gebruik Synchronisatie → Synchronisatie instellen… met de uitnodigingscode die uw coördinator u gaf.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Tokens revoked for {name}: {count}.</source>
        <translation>Ingetrokken tokens van {name}: {count}.</translation>
    </message>
    <message>
        <source>Type a name, an e-mail or a phone number</source>
        <translation>Typ een naam, een e-mailadres of een telefoonnummer</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>When a person asks what the group holds about them, or asks to be forgotten (GDPR articles 15 and 17), find them here.</source>
        <extracomment>contacts listed at once (a search narrows them down)</extracomment>
        <translation>Als iemand vraagt wat de groep over hem of haar bewaart, of vraagt om vergeten te worden (AVG artikelen 15 en 17), zoek diegene dan hier.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>adds and edits the group&apos;s records</source>
        <translation>voegt records van de groep toe en bewerkt ze</translation>
    </message>
    <message>
        <source>as the group will see it</source>
        <translation>zoals de groep het zal zien</translation>
    </message>
    <message>
        <source>manages the group: members, invitations, erasure</source>
        <translation>beheert de groep: leden, uitnodigingen, wissen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <source>reads the group&apos;s records, changes nothing</source>
        <translation>leest de records van de groep, verandert niets</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <extracomment>audit entries per page (&quot;Older entries&quot; asks for the next page)</extracomment>
        <translation>het bestand kan niet worden gelezen ({reason})</translation>
    </message>
    <message>
        <source>the server did not accept this computer&apos;s token; ask your coordinator for a new invitation</source>
        <translation>de server accepteerde het token van deze computer niet; vraag uw coördinator om een nieuwe uitnodiging</translation>
    </message>
    <message>
        <source>unnamed computer</source>
        <translation>naamloze computer</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} dagen</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} weken</translation>
    </message>
    <message>
        <source>{label}, since {when}</source>
        <translation>{label}, sinds {when}</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (u)</translation>
    </message>
    <message>
        <source>{name} is no longer a member; their records stay.</source>
        <translation>{name} is geen lid meer; diens records blijven.</translation>
    </message>
    <message>
        <source>{name} is now: {role}.</source>
        <translation>{name} is nu: {role}.</translation>
    </message>
    <message>
        <source>“{name}” was erased here; the erasure goes to the server with this sync and reaches every replica at its next sync.</source>
        <translation>‘{name}’ is hier gewist; het wissen gaat met deze synchronisatie naar de server en bereikt elke replica bij de volgende synchronisatie daarvan.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Applied: {applied}. Already here: {duplicates}. To pass on to the server: {held}. Refused: {refused}.</source>
        <translation>Toegepast: {applied}. Al aanwezig: {duplicates}. Door te geven aan de server: {held}. Geweigerd: {refused}.</translation>
    </message>
    <message>
        <source>Changes written: {count}, to {path}.

Passphrase (shown only now): {words}</source>
        <translation>Wijzigingen geschreven: {count}, naar {path}.

Wachtwoordzin (alleen nu getoond): {words}</translation>
    </message>
    <message>
        <source>Connect this computer to the group&apos;s server once before handing changes over.</source>
        <translation>Verbind deze computer één keer met de server van de groep voordat u wijzigingen overdraagt.</translation>
    </message>
    <message>
        <source>Export changes for another computer…</source>
        <translation>Wijzigingen exporteren voor een andere computer…</translation>
    </message>
    <message>
        <source>Exporting changes</source>
        <translation>Wijzigingen exporteren</translation>
    </message>
    <message>
        <source>Hand-over files (*.rdrelay);;All files (*)</source>
        <translation>Overdrachtsbestanden (*.rdrelay);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Import changes from a file…</source>
        <translation>Wijzigingen importeren uit een bestand…</translation>
    </message>
    <message>
        <source>Importing changes</source>
        <translation>Wijzigingen importeren</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Er is niets gewijzigd: {reason}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Gestopt. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The file is cut short: it was not copied completely.</source>
        <translation>Het bestand is afgekapt: het is niet volledig gekopieerd.</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was made.</source>
        <translation>Het bestand is gewijzigd of beschadigd nadat het werd gemaakt.</translation>
    </message>
    <message>
        <source>The file will be locked with these words (change them if you like). Give them to the person who imports it, separately from the file.</source>
        <translation>Het bestand wordt vergrendeld met deze woorden (u kunt ze wijzigen). Geef ze aan wie het importeert, los van het bestand.</translation>
    </message>
    <message>
        <source>The passphrase does not open this file: check the words and try again.</source>
        <translation>De wachtwoordzin opent dit bestand niet: controleer de woorden en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This file holds changes of another group.</source>
        <translation>Dit bestand bevat wijzigingen van een andere groep.</translation>
    </message>
    <message>
        <source>This is not a RuralDesk hand-over file.</source>
        <translation>Dit is geen overdrachtsbestand van RuralDesk.</translation>
    </message>
    <message>
        <source>Type the words the file was locked with.</source>
        <translation>Typ de woorden waarmee het bestand is vergrendeld.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>About RuralDesk</source>
        <translation>Over RuralDesk</translation>
    </message>
    <message>
        <source>An offline-first organiser of practices, contacts and tools for rural social-economy groups: village associations, cooperatives, social enterprises, third places and the authorities that work with them.</source>
        <translation>Een offline-first organizer van praktijken, contacten en hulpmiddelen voor groepen in de sociale economie op het platteland: dorpsverenigingen, coöperaties, sociale ondernemingen, derde plekken en de overheden die met hen samenwerken.</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licentie:</translation>
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
        <translation>Gebruikershandleiding van RuralDesk</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of RuralDesk. It is online at {url}</source>
        <translation>De gebruikershandleiding is niet geïnstalleerd bij deze kopie van RuralDesk. Ze staat online op {url}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Gebruikershandleiding</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Werkruimte:</translation>
    </message>
</context>
<context>
    <name>IO</name>
    <message>
        <source>Comments on {title}</source>
        <translation>Reacties op {title}</translation>
    </message>
    <message>
        <source>DejaVu Sans is not installed: the PDF uses Helvetica, which cannot print letters outside Western Europe (Polish, Greek…); install fonts-dejavu</source>
        <translation>DejaVu Sans is niet geïnstalleerd: de PDF gebruikt Helvetica, die geen letters van buiten West-Europa kan afdrukken (Pools, Grieks…); installeer fonts-dejavu</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussie</translation>
    </message>
    <message>
        <source>Google Contacts export</source>
        <translation>Export van Google Contacten</translation>
    </message>
    <message>
        <source>Google Contacts export (Outlook CSV)</source>
        <translation>Export van Google Contacten (Outlook CSV)</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Verborgen door een coördinator: {reason}</translation>
    </message>
    <message>
        <source>Outlook export</source>
        <translation>Export van Outlook</translation>
    </message>
    <message>
        <source>Phone ({type}): {number}</source>
        <translation>Telefoon ({type}): {number}</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Bericht verwijderd</translation>
    </message>
    <message>
        <source>Posts: {count}</source>
        <translation>Berichten: {count}</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation>Regio: {region}</translation>
    </message>
    <message>
        <source>Started by {name}, {when}</source>
        <translation>Gestart door {name}, {when}</translation>
    </message>
    <message>
        <source>Thunderbird address book export</source>
        <translation>Export van het adresboek van Thunderbird</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Ingetrokken door de auteur.</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>een GIF-afbeelding</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>een JPEG-afbeelding</translation>
    </message>
    <message>
        <source>a PDF document, not a table or an address book</source>
        <translation>een PDF-document, geen tabel of adresboek</translation>
    </message>
    <message>
        <source>a PNG picture</source>
        <translation>een PNG-afbeelding</translation>
    </message>
    <message>
        <source>a Windows program, not a data file</source>
        <translation>een Windows-programma, geen gegevensbestand</translation>
    </message>
    <message>
        <source>a ZIP archive (an .xlsx or .ods spreadsheet?); save it as CSV from the spreadsheet first</source>
        <translation>een ZIP-archief (een .xlsx- of .ods-spreadsheet?); sla het eerst op als CSV vanuit het spreadsheetprogramma</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>een bestand</translation>
    </message>
    <message>
        <source>a gzip-compressed file; uncompress it first</source>
        <translation>een met gzip gecomprimeerd bestand; pak het eerst uit</translation>
    </message>
    <message>
        <source>a program, not a data file</source>
        <translation>een programma, geen gegevensbestand</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed</source>
        <translation>een aanhalingsteken (&quot;) in deze rij wordt nooit gesloten</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed on its line</source>
        <translation>een aanhalingsteken (&quot;) in deze rij wordt op die regel niet gesloten</translation>
    </message>
    <message>
        <source>a quoted cell has text after its closing quote and the row does not have as many cells as the header</source>
        <translation>een cel tussen aanhalingstekens heeft tekst na het sluitende aanhalingsteken en de rij heeft niet zoveel cellen als de kopregel</translation>
    </message>
    <message>
        <source>a second address is not imported (only one address is kept)</source>
        <translation>een tweede adres wordt niet geïmporteerd (er wordt maar één adres bewaard)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>een tabel</translation>
    </message>
    <message>
        <source>a vCard file</source>
        <translation>een vCard-bestand</translation>
    </message>
    <message>
        <source>address country not recognised</source>
        <translation>land in het adres niet herkend</translation>
    </message>
    <message>
        <source>an SQLite database (to bring back a whole workspace use restore)</source>
        <translation>een SQLite-database (gebruik herstellen om een hele werkruimte terug te zetten)</translation>
    </message>
    <message>
        <source>an alternative (ALTID {altid}) of a value already kept</source>
        <translation>een alternatief (ALTID {altid}) van een al bewaarde waarde</translation>
    </message>
    <message>
        <source>an old Office document (.xls or .doc); save it as CSV from the spreadsheet first</source>
        <translation>een oud Office-document (.xls of .doc); sla het eerst op als CSV vanuit het spreadsheetprogramma</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>kan {name} niet lezen: {reason}</translation>
    </message>
    <message>
        <source>category is not a theme of this workspace</source>
        <translation>categorie is geen thema van deze werkruimte</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>kolom {number}</translation>
    </message>
    <message>
        <source>edited {when}</source>
        <translation>bewerkt {when}</translation>
    </message>
    <message>
        <source>group “{group}” is not a theme of this workspace; not imported</source>
        <translation>groep ‘{group}’ is geen thema van deze werkruimte; niet geïmporteerd</translation>
    </message>
    <message>
        <source>has {cells} cells but the header names {columns} columns; the extra cells would be lost</source>
        <translation>heeft {cells} cellen, maar de kopregel noemt {columns} kolommen; de extra cellen zouden verloren gaan</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>als antwoord aan {name}</translation>
    </message>
    <message>
        <source>it holds a file its manifest does not list (“{file}”)</source>
        <translation>het bevat een bestand dat het manifest niet vermeldt (‘{file}’)</translation>
    </message>
    <message>
        <source>it holds the file “{file}” twice</source>
        <translation>het bevat het bestand ‘{file}’ twee keer</translation>
    </message>
    <message>
        <source>it lists {count} attachment files, more than the {limit} a backup may hold</source>
        <translation>het vermeldt {count} bijlagebestanden, meer dan de {limit} die een back-up mag bevatten</translation>
    </message>
    <message>
        <source>it would unpack to {size}, more than the {limit} a restore may write</source>
        <translation>het zou uitgepakt {size} worden, meer dan de {limit} die een herstel mag schrijven</translation>
    </message>
    <message>
        <source>its manifest does not describe the replica file properly</source>
        <translation>het manifest beschrijft het replicabestand niet goed</translation>
    </message>
    <message>
        <source>its manifest does not give its counts properly</source>
        <translation>het manifest geeft de aantallen niet goed</translation>
    </message>
    <message>
        <source>its manifest does not list the attachments properly</source>
        <translation>het manifest vermeldt de bijlagen niet goed</translation>
    </message>
    <message>
        <source>its manifest is larger than any backup&apos;s</source>
        <translation>het manifest is groter dan dat van welke back-up ook</translation>
    </message>
    <message>
        <source>its manifest is not a list of named values</source>
        <translation>het manifest is geen lijst van benoemde waarden</translation>
    </message>
    <message>
        <source>its manifest lists the attachment {file}… twice</source>
        <translation>het manifest vermeldt de bijlage {file}… twee keer</translation>
    </message>
    <message>
        <source>its manifest names an attachment “{file}” that is not a checksum</source>
        <translation>het manifest noemt een bijlage ‘{file}’ die geen controlesom is</translation>
    </message>
    <message>
        <source>language not recognised</source>
        <translation>taal niet herkend</translation>
    </message>
    <message>
        <source>looks like card {number} of this file ({reason})</source>
        <translation>lijkt op kaart {number} van dit bestand ({reason})</translation>
    </message>
    <message>
        <source>looks like row {number} of this file ({reason})</source>
        <translation>lijkt op rij {number} van dit bestand ({reason})</translation>
    </message>
    <message>
        <source>looks like “{title}” already here ({reason})</source>
        <translation>lijkt op ‘{title}’, dat hier al is ({reason})</translation>
    </message>
    <message>
        <source>name prefix not imported</source>
        <translation>naamvoorvoegsel niet geïmporteerd</translation>
    </message>
    <message>
        <source>name suffix not imported</source>
        <translation>naamachtervoegsel niet geïmporteerd</translation>
    </message>
    <message>
        <source>no matching field</source>
        <translation>geen passend veld</translation>
    </message>
    <message>
        <source>no practice to write (the search or filters match none); {out} was not written</source>
        <translation>geen praktijk om te schrijven (de zoekopdracht of filters vinden er geen); {out} is niet geschreven</translation>
    </message>
    <message>
        <source>only one address is kept</source>
        <translation>er wordt maar één adres bewaard</translation>
    </message>
    <message>
        <source>only one name is kept</source>
        <translation>er wordt maar één naam bewaard</translation>
    </message>
    <message>
        <source>only one organisation is kept</source>
        <translation>er wordt maar één organisatie bewaard</translation>
    </message>
    <message>
        <source>only one role is kept</source>
        <translation>er wordt maar één rol bewaard</translation>
    </message>
    <message>
        <source>only one web address is kept</source>
        <translation>er wordt maar één webadres bewaard</translation>
    </message>
    <message>
        <source>phone label not kept (the number is imported)</source>
        <translation>label van de telefoon niet bewaard (het nummer is geïmporteerd)</translation>
    </message>
    <message>
        <source>phone {number} has no country code and no region is set to read it with; kept in the notes (set the workspace&apos;s phone region, or --default-region)</source>
        <translation>telefoon {number} heeft geen landcode en er is geen regio ingesteld om hem mee te lezen; bewaard in de notities (stel de telefoonregio van de werkruimte in, of --default-region)</translation>
    </message>
    <message>
        <source>phone {number} written as {written} (numbers without a country code read as {region})</source>
        <translation>telefoon {number} geschreven als {written} (nummers zonder landcode worden gelezen als {region})</translation>
    </message>
    <message>
        <source>region “{region}” is not a NUTS region we know; kept in the notes</source>
        <translation>regio ‘{region}’ is geen NUTS-regio die wij kennen; bewaard in de notities</translation>
    </message>
    <message>
        <source>same e-mail {email}</source>
        <translation>zelfde e-mailadres {email}</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>zelfde naam</translation>
    </message>
    <message>
        <source>same phone {phone}</source>
        <translation>zelfde telefoon {phone}</translation>
    </message>
    <message>
        <source>similar names ({ratio})</source>
        <translation>vergelijkbare namen ({ratio})</translation>
    </message>
    <message>
        <source>spreadsheet (columns matched by their names)</source>
        <translation>spreadsheet (kolommen gekoppeld op hun namen)</translation>
    </message>
    <message>
        <source>the file name “{file}” points outside the backup</source>
        <translation>de bestandsnaam ‘{file}’ wijst buiten de back-up</translation>
    </message>
    <message>
        <source>the last row is cut short (fewer cells than the header and no line end): the file looks truncated</source>
        <translation>de laatste rij is afgebroken (minder cellen dan de kopregel en geen regeleinde): het bestand lijkt afgekapt</translation>
    </message>
    <message>
        <source>the row cannot be read ({error})</source>
        <translation>de rij kan niet worden gelezen ({error})</translation>
    </message>
    <message>
        <source>the workspace {path} is not empty ({count} records); restore only into an empty workspace (choose a new one)</source>
        <translation>de werkruimte {path} is niet leeg ({count} records); herstel alleen in een lege werkruimte (kies een nieuwe)</translation>
    </message>
    <message>
        <source>this card was exported from this workspace and the contact is still here (same UID)</source>
        <translation>deze kaart is uit deze werkruimte geëxporteerd en het contact is er nog (zelfde UID)</translation>
    </message>
    <message>
        <source>unknown encoding {encoding}</source>
        <translation>onbekende codering {encoding}</translation>
    </message>
    <message>
        <source>{column} ({count} values)</source>
        <translation>{column} ({count} waarden)</translation>
    </message>
    <message>
        <source>{name} cannot be restored safely: {reason}; nothing was changed</source>
        <translation>{name} kan niet veilig worden hersteld: {reason}; er is niets gewijzigd</translation>
    </message>
    <message>
        <source>{name} has no header row (the first line should name the columns)</source>
        <translation>{name} heeft geen kopregel (de eerste regel moet de kolommen benoemen)</translation>
    </message>
    <message>
        <source>{name} holds a damaged replica ({reason})</source>
        <translation>{name} bevat een beschadigde replica ({reason})</translation>
    </message>
    <message>
        <source>{name} is UTF-8 except on line {line} (byte {byte}), which is in another encoding: two encodings are mixed in one file; correct that line, or choose the encoding of the whole file</source>
        <translation>{name} is UTF-8 behalve op regel {line} (byte {byte}), die in een andere codering staat: twee coderingen zijn in één bestand gemengd; corrigeer die regel, of kies de codering van het hele bestand</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes)</source>
        <translation>{name} is een binair bestand, geen tekst (het bevat NUL-bytes)</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes, first on line {line})</source>
        <translation>{name} is een binair bestand, geen tekst (het bevat NUL-bytes, de eerste op regel {line})</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason})</source>
        <translation>{name} is beschadigd ({reason})</translation>
    </message>
    <message>
        <source>{name} is damaged: attachment {file}… does not match its checksum</source>
        <translation>{name} is beschadigd: bijlage {file}… komt niet overeen met de controlesom</translation>
    </message>
    <message>
        <source>{name} is damaged: the replica inside does not match its checksum</source>
        <translation>{name} is beschadigd: de replica erin komt niet overeen met de controlesom</translation>
    </message>
    <message>
        <source>{name} is damaged: “{file}” is shorter than its manifest says</source>
        <translation>{name} is beschadigd: ‘{file}’ is korter dan het manifest zegt</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} is leeg</translation>
    </message>
    <message>
        <source>{name} is in no encoding we can read exactly (not UTF-8, UTF-16, a Windows or ISO 8859 code page, or Shift-JIS); save it again as UTF-8</source>
        <translation>{name} staat in geen enkele codering die we exact kunnen lezen (geen UTF-8, UTF-16, een Windows- of ISO 8859-codetabel, of Shift-JIS); sla het opnieuw op als UTF-8</translation>
    </message>
    <message>
        <source>{name} is incomplete: {count} files are missing (first: {first})</source>
        <translation>{name} is onvolledig: {count} bestanden ontbreken (eerste: {first})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup (not a ZIP file); it may be truncated</source>
        <translation>{name} is geen back-up van RuralDesk (geen ZIP-bestand); hij is misschien afgekapt</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup or is damaged ({reason})</source>
        <translation>{name} is geen back-up van RuralDesk of is beschadigd ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk workspace backup</source>
        <translation>{name} is geen back-up van een RuralDesk-werkruimte</translation>
    </message>
    <message>
        <source>{name} is not a vCard file (it should start with BEGIN:VCARD)</source>
        <translation>{name} is geen vCard-bestand (het moet beginnen met BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>{name} is not a valid vCard file: card {number} is broken ({reason})</source>
        <translation>{name} is geen geldig vCard-bestand: kaart {number} is defect ({reason})</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-16 text; it may be truncated or damaged</source>
        <translation>{name} is geen geldige UTF-16-tekst; het is misschien afgekapt of beschadigd</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-32 text; it may be truncated or damaged</source>
        <translation>{name} is geen geldige UTF-32-tekst; het is misschien afgekapt of beschadigd</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text after all (byte {byte}); save it again as UTF-8</source>
        <translation>{name} is toch geen {encoding}-tekst (byte {byte}); sla het opnieuw op als UTF-8</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text: line {line} holds bytes it cannot read (byte {byte}); choose another encoding</source>
        <translation>{name} is geen {encoding}-tekst: regel {line} bevat bytes die het niet kan lezen (byte {byte}); kies een andere codering</translation>
    </message>
    <message>
        <source>{name} is {size}, more than the {limit} {what} may be; split it into smaller files</source>
        <translation>{name} is {size}, meer dan de {limit} die {what} mag zijn; splits het in kleinere bestanden</translation>
    </message>
    <message>
        <source>{name} is {what}</source>
        <translation>{name} is {what}</translation>
    </message>
    <message>
        <source>{name} needs {size} of free disk space and only {free} is free; nothing was changed</source>
        <translation>{name} heeft {size} vrije schijfruimte nodig en er is maar {free} vrij; er is niets gewijzigd</translation>
    </message>
    <message>
        <source>{name} starts as UTF-8 but line {line} holds bytes that are not UTF-8 (byte {byte}); it may be damaged — save it again as UTF-8</source>
        <translation>{name} begint als UTF-8, maar regel {line} bevat bytes die geen UTF-8 zijn (byte {byte}); het is misschien beschadigd — sla het opnieuw op als UTF-8</translation>
    </message>
    <message>
        <source>{name} was made by a newer RuralDesk (backup format {version}); update RuralDesk to restore it</source>
        <translation>{name} is gemaakt door een nieuwere RuralDesk (back-upformaat {version}); werk RuralDesk bij om hem te herstellen</translation>
    </message>
    <message>
        <source>{name}, line {line}: a quoted cell has text after its closing quote ({error})</source>
        <translation>{name}, regel {line}: een cel tussen aanhalingstekens heeft tekst na het sluitende aanhalingsteken ({error})</translation>
    </message>
    <message>
        <source>{name}, line {line}: {error}</source>
        <translation>{name}, regel {line}: {error}</translation>
    </message>
    <message>
        <source>{name}: a quote (&quot;) opened near line {line} is never closed; the file looks truncated or damaged</source>
        <translation>{name}: een aanhalingsteken (&quot;) geopend bij regel {line} wordt nooit gesloten; het bestand lijkt afgekapt of beschadigd</translation>
    </message>
    <message>
        <source>{name}: card {number} is never closed (END:VCARD is missing); the file looks truncated</source>
        <translation>{name}: kaart {number} wordt nooit gesloten (END:VCARD ontbreekt); het bestand lijkt afgekapt</translation>
    </message>
    <message>
        <source>{name}: the encoding is not certain, the file reads differently as {shown}; choose one (for example --encoding {first})</source>
        <translation>{name}: de codering is niet zeker, het bestand leest anders als {shown}; kies er een (bijvoorbeeld --encoding {first})</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); restore into a new workspace</source>
        <translation>{path} kan niet worden gelezen ({reason}); herstel in een nieuwe werkruimte</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} bestaat niet</translation>
    </message>
    <message>
        <source>{path} is a folder, not {what}</source>
        <translation>{path} is een map, geen {what}</translation>
    </message>
    <message>
        <source>{path} is not an empty workspace</source>
        <translation>{path} is geen lege werkruimte</translation>
    </message>
    <message>
        <source>{property} not imported: {why}</source>
        <translation>{property} niet geïmporteerd: {why}</translation>
    </message>
    <message>
        <source>{where}: {count} characters in a script the font cannot show ({scripts}) were left out of the PDF</source>
        <translation>{where}: {count} tekens in een schrift dat het lettertype niet kan tonen ({scripts}) zijn uit de PDF weggelaten</translation>
    </message>
    <message>
        <source>“{file}” claims a size its compressed data cannot have (a zip bomb?)</source>
        <translation>‘{file}’ claimt een grootte die de gecomprimeerde gegevens niet kunnen hebben (een zipbom?)</translation>
    </message>
    <message>
        <source>“{file}” is a link or a folder, not a file</source>
        <translation>‘{file}’ is een link of een map, geen bestand</translation>
    </message>
    <message>
        <source>“{file}” is encrypted or compressed in a way RuralDesk does not write</source>
        <translation>‘{file}’ is versleuteld of gecomprimeerd op een manier die RuralDesk niet schrijft</translation>
    </message>
    <message>
        <source>“{file}” is not the size its manifest says</source>
        <translation>‘{file}’ heeft niet de grootte die het manifest zegt</translation>
    </message>
    <message>
        <source>“{file}” unpacks to more than its declared size (a zip bomb?)</source>
        <translation>‘{file}’ pakt uit tot meer dan de opgegeven grootte (een zipbom?)</translation>
    </message>
    <message>
        <source>“{number}” is not a phone number we can read; kept in the notes</source>
        <translation>‘{number}’ is geen telefoonnummer dat we kunnen lezen; bewaard in de notities</translation>
    </message>
    <message>
        <source>“{value}” is not a country (use a name or an ISO 3166 code such as PT)</source>
        <translation>‘{value}’ is geen land (gebruik een naam of een ISO 3166-code zoals PT)</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>‘{value}’ is geen datum (gebruik JJJJ-MM-DD of DD/MM/JJJJ)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use a name or an ISO 639 code such as fr)</source>
        <translation>‘{value}’ is geen taal (gebruik een naam of een ISO 639-code zoals fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use an ISO 639 code such as fr)</source>
        <translation>‘{value}’ is geen taal (gebruik een ISO 639-code zoals fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>‘{value}’ is geen getal</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>‘{value}’ is geen record-id</translation>
    </message>
    <message>
        <source>“{value}” is not a theme of this workspace</source>
        <translation>‘{value}’ is geen thema van deze werkruimte</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>‘{value}’ is geen geheel getal</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>‘{value}’ is niet een van: {choices}</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <source>All types</source>
        <translation>Alle typen</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Elk land</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Elke soort</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Elke taal</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Elke regio</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Elk thema</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>De filters wissen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Filter by {what}</source>
        <translation>Filteren op {what}</translation>
    </message>
    <message>
        <source>In the trash: {count}</source>
        <translation>In de prullenbak: {count}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>List summary</source>
        <translation>Overzicht van de lijst</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Records: {count}</source>
        <translation>Records: {count}</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Results: {count}</source>
        <translation>Resultaten: {count}</translation>
    </message>
    <message>
        <source>Results: {shown} of {total}</source>
        <translation>Resultaten: {shown} van {total}</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>Zoekopdracht opslaan…</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Deze zoekopdracht opslaan</translation>
    </message>
    <message>
        <source>Selected: {count}</source>
        <translation>Geselecteerd: {count}</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Type to search practices, contacts, tools and themes.</source>
        <translation>Typ om praktijken, contacten, hulpmiddelen en thema&apos;s te zoeken.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About RuralDesk</source>
        <translation>&amp;Over RuralDesk</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>Bestanden &amp;bijvoegen…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Kolommen…</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic information</source>
        <translation>&amp;Diagnostische informatie kopiëren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation>&amp;Koppelen aan…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <source>&amp;Paste as attachment</source>
        <translation>&amp;Plakken als bijlage</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>In&amp;stellingen…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisatie</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Gebruikershandleiding</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>Add a record to the list shown</source>
        <translation>Een record toevoegen aan de getoonde lijst</translation>
    </message>
    <message>
        <source>Added “{title}”</source>
        <translation>‘{title}’ toegevoegd</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Bestanden bijvoegen</translation>
    </message>
    <message>
        <source>Attached: {count}</source>
        <translation>Bijgevoegd: {count}</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Bijlage nog niet hier</translation>
    </message>
    <message>
        <source>Bring the selected records back from the trash</source>
        <translation>De geselecteerde records terughalen uit de prullenbak</translation>
    </message>
    <message>
        <source>Changes waiting to be shared</source>
        <translation>Wijzigingen die wachten om gedeeld te worden</translation>
    </message>
    <message>
        <source>Changes waiting to be shared: {count}</source>
        <translation>Wijzigingen die wachten om gedeeld te worden: {count}</translation>
    </message>
    <message>
        <source>Choose a practice or a tool to attach files to.</source>
        <translation>Kies een praktijk of een hulpmiddel om bestanden aan toe te voegen.</translation>
    </message>
    <message>
        <source>Copy files into the workspace and attach them</source>
        <translation>Bestanden naar de werkruimte kopiëren en bijvoegen</translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>Kon niet bijvoegen</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Kon niet opslaan</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Opgeslagen zoekopdracht verwijderen</translation>
    </message>
    <message>
        <source>Diagnostic information copied. Paste it into your message to the person helping you; it holds no names or contents.</source>
        <translation>Diagnostische informatie gekopieerd. Plak ze in uw bericht aan de persoon die u helpt; ze bevat geen namen of inhoud.</translation>
    </message>
    <message>
        <source>Edit the record shown</source>
        <translation>Het getoonde record bewerken</translation>
    </message>
    <message>
        <source>Empty the &amp;trash…</source>
        <translation>Prullenbak &amp;legen…</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Prullenbak legen</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Prullenbak wordt geleegd</translation>
    </message>
    <message>
        <source>Erase everything in the trash from this computer? This cannot be undone.</source>
        <translation>Alles in de prullenbak definitief van deze computer wissen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Erased from this computer: {count}</source>
        <translation>Gewist van deze computer: {count}</translation>
    </message>
    <message>
        <source>For a support request: versions and sizes, never names or contents</source>
        <translation>Voor een ondersteuningsverzoek: versies en groottes, nooit namen of inhoud</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Naar de &amp;lijst</translation>
    </message>
    <message>
        <source>Link this record to contacts, tools or practices</source>
        <translation>Dit record koppelen aan contacten, hulpmiddelen of praktijken</translation>
    </message>
    <message>
        <source>Link “{title}” to…</source>
        <translation>‘{title}’ koppelen aan…</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>Move the selected records to the trash</source>
        <translation>De geselecteerde records naar de prullenbak verplaatsen</translation>
    </message>
    <message>
        <source>Moved to the trash: {count}. Undo with Ctrl+Z.</source>
        <translation>Naar de prullenbak verplaatst: {count}. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <extracomment>set by the sync UI: fetch_attachment(sha256, then) downloads a file kept on the server</extracomment>
        <translation>Navigatie</translation>
    </message>
    <message>
        <source>No changes waiting to be shared</source>
        <translation>Geen wijzigingen die wachten om gedeeld te worden</translation>
    </message>
    <message>
        <source>No saved searches yet. Type in the search box, then choose Save search under the filters.</source>
        <translation>Nog geen opgeslagen zoekopdrachten. Typ in het zoekvak en kies dan Zoekopdracht opslaan onder de filters.</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Restored: {count}</source>
        <translation>Hersteld: {count}</translation>
    </message>
    <message>
        <source>RuralDesk</source>
        <extracomment>which collections a record of each collection can be linked to (both directions)</extracomment>
        <translation>RuralDesk</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Zoekopdracht opslaan</translation>
    </message>
    <message>
        <source>Saved the search “{name}”</source>
        <translation>De zoekopdracht ‘{name}’ is opgeslagen</translation>
    </message>
    <message>
        <source>Saved “{title}”</source>
        <translation>‘{title}’ opgeslagen</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Alles doorzoeken</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <extracomment>the middle pane: the list, or a view another module adds for a navigation node</extracomment>
        <translation>Alles doorzoeken (Ctrl+K)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>De map met &amp;logbestanden tonen</translation>
    </message>
    <message>
        <source>Show {what}</source>
        <translation>{what} tonen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Synchronisatiestatus</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Dat record is er niet meer.</translation>
    </message>
    <message>
        <source>The clipboard holds no file or picture to attach.</source>
        <translation>Het klembord bevat geen bestand of afbeelding om bij te voegen.</translation>
    </message>
    <message>
        <source>This file is not on this computer yet. It arrives with the next sync.</source>
        <translation>Dit bestand staat nog niet op deze computer. Het komt met de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Prullenbak</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Created</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Discussies</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Gevonden in</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Opgeslagen zoekopdrachten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Te beoordelen</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Prullenbak</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <extracomment>the review list is a coordinator&apos;s (ui/review.py): whatsnew sets it from the member&apos;s role</extracomment>
        <translation>Wat is er nieuw</translation>
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
            <numerusform>%n gewijzigd contact</numerusform>
            <numerusform>%n gewijzigde contacten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed practices</source>
        <translation>
            <numerusform>%n gewijzigde praktijk</numerusform>
            <numerusform>%n gewijzigde praktijken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed tools</source>
        <translation>
            <numerusform>%n gewijzigd hulpmiddel</numerusform>
            <numerusform>%n gewijzigde hulpmiddelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited posts</source>
        <translation>
            <numerusform>%n gewijzigd bericht</numerusform>
            <numerusform>%n gewijzigde berichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contacts</source>
        <translation>
            <numerusform>%n nieuw contact</numerusform>
            <numerusform>%n nieuwe contacten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new posts</source>
        <translation>
            <numerusform>%n nieuw bericht</numerusform>
            <numerusform>%n nieuwe berichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new practices</source>
        <translation>
            <numerusform>%n nieuwe praktijk</numerusform>
            <numerusform>%n nieuwe praktijken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tools</source>
        <translation>
            <numerusform>%n nieuw hulpmiddel</numerusform>
            <numerusform>%n nieuwe hulpmiddelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n bericht</numerusform>
            <numerusform>%n berichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practices</source>
        <translation>
            <numerusform>%n praktijk</numerusform>
            <numerusform>%n praktijken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records shared by others since your last review.</source>
        <translation>
            <numerusform>%n record gedeeld door anderen sinds uw laatste beoordeling.</numerusform>
            <numerusform>%n records gedeeld door anderen sinds uw laatste beoordeling.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tools</source>
        <translation>
            <numerusform>%n hulpmiddel</numerusform>
            <numerusform>%n hulpmiddelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ongelezen</numerusform>
            <numerusform>%n ongelezen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Attach files: {count}</source>
        <translation>Bestanden bijvoegen: {count}</translation>
    </message>
    <message>
        <source>Could not undo or redo: {error}</source>
        <extracomment>a write: runs on the writer thread, returns what changed and a value for on_done</extracomment>
        <translation>Kon niet ongedaan maken of opnieuw doen: {error}</translation>
    </message>
    <message>
        <source>Create {title}</source>
        <translation>{title} maken</translation>
    </message>
    <message>
        <source>Delete records: {count}</source>
        <translation>Records verwijderen: {count}</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>{title} verwijderen</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>{title} bewerken</translation>
    </message>
    <message>
        <source>Link {title}</source>
        <translation>{title} koppelen</translation>
    </message>
    <message>
        <source>Not undone: {fields} of “{title}” changed since, by someone else (it arrived with the last sync). Their value stays; edit it by hand if yours should win.</source>
        <translation>Niet ongedaan gemaakt: {fields} van ‘{title}’ is sindsdien door iemand anders gewijzigd (het kwam met de laatste synchronisatie). Diens waarde blijft; bewerk hem met de hand als de uwe moet winnen.</translation>
    </message>
    <message>
        <source>Not undone: “{title}” was moved to or from the trash by someone else since (it arrived with the last sync). It stays as it is.</source>
        <translation>Niet ongedaan gemaakt: ‘{title}’ is sindsdien door iemand anders naar of uit de prullenbak verplaatst (het kwam met de laatste synchronisatie). Het blijft zoals het is.</translation>
    </message>
    <message>
        <source>Remove attachment {name}</source>
        <translation>Bijlage {name} verwijderen</translation>
    </message>
    <message>
        <source>Restore records: {count}</source>
        <translation>Records herstellen: {count}</translation>
    </message>
    <message>
        <source>Restore {title}</source>
        <translation>{title} herstellen</translation>
    </message>
    <message>
        <source>Unlink from {title}</source>
        <translation>Ontkoppelen van {title}</translation>
    </message>
</context>
<context>
    <name>PeerSync</name>
    <message>
        <source>&amp;Computers offering sync nearby:</source>
        <translation>&amp;Computers in de buurt die synchronisatie aanbieden:</translation>
    </message>
    <message>
        <source>&amp;Offer sync to a nearby computer…</source>
        <translation>Synchronisatie &amp;aanbieden aan een computer in de buurt…</translation>
    </message>
    <message>
        <source>Address of this computer</source>
        <translation>Adres van deze computer</translation>
    </message>
    <message>
        <source>C&amp;onnect and sync</source>
        <translation>Ve&amp;rbinden en synchroniseren</translation>
    </message>
    <message>
        <source>Choose a computer from the list, or type its address as shown on it (for example 192.168.1.20:40123).</source>
        <translation>Kies een computer uit de lijst, of typ zijn adres zoals het daarop staat (bijvoorbeeld 192.168.1.20:40123).</translation>
    </message>
    <message>
        <source>Choose the computer that offers sync (Sync → Offer sync to a nearby computer… on it) and type the code it shows.</source>
        <translation>Kies de computer die synchronisatie aanbiedt (daarop Synchronisatie → Synchronisatie aanbieden aan een computer in de buurt…) en typ de code die hij toont.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>If this computer is not listed there, connect by address: {address}</source>
        <translation>Staat deze computer daar niet in de lijst, verbind dan via het adres: {address}</translation>
    </message>
    <message>
        <source>Let a computer of your group on the same network sync with this one, without the server or the internet</source>
        <translation>Een computer van uw groep in hetzelfde netwerk met deze laten synchroniseren, zonder server of internet</translation>
    </message>
    <message>
        <source>Looking for computers of your group on this network…</source>
        <translation>Computers van uw groep in dit netwerk zoeken…</translation>
    </message>
    <message>
        <source>Offer sync to a nearby computer</source>
        <translation>Synchronisatie aanbieden aan een computer in de buurt</translation>
    </message>
    <message>
        <source>On the other computer (same Wi-Fi or phone hotspot, same group), choose Sync → Sync with a nearby computer…, pick this computer and type this code:</source>
        <translation>Kies op de andere computer (zelfde wifi of hotspot van een telefoon, zelfde groep) Synchronisatie → Synchroniseren met een computer in de buurt…, kies deze computer en typ deze code:</translation>
    </message>
    <message>
        <source>Or connect by &amp;address:</source>
        <translation>Of verbinden via &amp;adres:</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>&amp;Koppelcode:</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Koppelcode</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stopped. Nothing was half-applied.</source>
        <translation>Gestopt. Er is niets half toegepast.</translation>
    </message>
    <message>
        <source>Sync with a &amp;nearby computer…</source>
        <translation>Synchroniseren met een computer in de b&amp;uurt…</translation>
    </message>
    <message>
        <source>Sync with a computer of your group that offers it on the same network</source>
        <translation>Synchroniseren met een computer van uw groep die het in hetzelfde netwerk aanbiedt</translation>
    </message>
    <message>
        <source>Sync with a nearby computer</source>
        <translation>Synchroniseren met een computer in de buurt</translation>
    </message>
    <message>
        <source>Synced with “{name}”: {received} changes received, {sent} sent.</source>
        <translation>Gesynchroniseerd met ‘{name}’: {received} wijzigingen ontvangen, {sent} verzonden.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed.</source>
        <translation>Dat is niet de code die op de andere computer staat; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed. Tries left: {count}.</source>
        <translation>Dat is niet de code die op de andere computer staat; er is niets gewijzigd. Resterende pogingen: {count}.</translation>
    </message>
    <message>
        <source>The code has six digits, as shown on the other computer.</source>
        <translation>De code heeft zes cijfers, zoals op de andere computer getoond.</translation>
    </message>
    <message>
        <source>The connection to the other computer was lost ({reason}). Nothing was half-applied; try again.</source>
        <translation>De verbinding met de andere computer is verbroken ({reason}). Er is niets half toegepast; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The connection was lost before the end; nothing was half-applied. Still waiting for a computer of your group…</source>
        <translation>De verbinding is voor het einde verbroken; er is niets half toegepast. Nog steeds wachten op een computer van uw groep…</translation>
    </message>
    <message>
        <source>The other computer answered in a way this version does not understand ({reason}). Nothing was changed.</source>
        <translation>De andere computer antwoordde op een manier die deze versie niet begrijpt ({reason}). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The other computer belongs to another group; only computers of the same group can sync. Nothing was changed.</source>
        <translation>De andere computer hoort bij een andere groep; alleen computers van dezelfde groep kunnen synchroniseren. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The other computer stopped its offer after too many wrong codes. Ask for a new offer there; nothing was changed.</source>
        <translation>De andere computer heeft zijn aanbod gestopt na te veel verkeerde codes. Vraag daar een nieuw aanbod; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: on the other computer, connect by address: {address}</source>
        <translation>In dit netwerk kunnen computers elkaar niet vinden: verbind op de andere computer via het adres: {address}</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: type the address shown on the other computer.</source>
        <translation>In dit netwerk kunnen computers elkaar niet vinden: typ het adres dat op de andere computer staat.</translation>
    </message>
    <message>
        <source>This workspace is not part of a group yet. Set up sync with your group server once (Sync → Set up sync…); after that it can sync with nearby computers too.</source>
        <translation>Deze werkruimte hoort nog niet bij een groep. Stel eenmaal synchronisatie met de server van uw groep in (Synchronisatie → Synchronisatie instellen…); daarna kan hij ook met computers in de buurt synchroniseren.</translation>
    </message>
    <message>
        <source>Waiting for a computer of your group…</source>
        <translation>Wachten op een computer van uw groep…</translation>
    </message>
    <message>
        <source>{count} are kept until your next sync with the server, which knows the computer that signed them.</source>
        <translation>{count} worden bewaard tot uw volgende synchronisatie met de server, die de computer kent die ze ondertekende.</translation>
    </message>
    <message>
        <source>{count} were refused (their signature did not check out).</source>
        <translation>{count} zijn geweigerd (hun handtekening klopte niet).</translation>
    </message>
    <message>
        <source>“{name}” belongs to another group; it cannot sync with this computer. Still waiting…</source>
        <translation>‘{name}’ hoort bij een andere groep en kan niet met deze computer synchroniseren. Nog steeds wachten…</translation>
    </message>
    <message>
        <source>“{name}” connected; checking the code…</source>
        <translation>‘{name}’ is verbonden; de code wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>“{name}” typed a wrong code; nothing was changed. Tries left: {count}.</source>
        <translation>‘{name}’ typte een verkeerde code; er is niets gewijzigd. Resterende pogingen: {count}.</translation>
    </message>
    <message>
        <source>“{name}” typed the right code; syncing…</source>
        <translation>‘{name}’ typte de juiste code; synchroniseren…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Kni&amp;ppen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles selecteren</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nee</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Afbreken</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ee op alles</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standaardwaarden herstellen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Alles opslaan</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja op &amp;alles</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Linklocatie kopiëren</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Kni&amp;ppen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles selecteren</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>&amp;Mark all as reviewed</source>
        <translation>Alles als beoordeeld &amp;markeren</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <extracomment>few columns: the pane beside the record is narrow at 150 % (the type is in the tool tip)</extracomment>
        <translation>(zonder titel)</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>Een &amp;notitie toevoegen…</translation>
    </message>
    <message>
        <source>Choose a record in the list first.</source>
        <translation>Kies eerst een record in de lijst.</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>Nothing to review: everything others shared has been reviewed.</source>
        <translation>Niets te beoordelen: alles wat anderen deelden, is beoordeeld.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Notitie van de beoordelaar</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note: {note}</source>
        <translation>Notitie van de beoordelaar: {note}</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Gedeeld door</translation>
    </message>
    <message>
        <source>Shared records to review</source>
        <translation>Gedeelde records om te beoordelen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Te beoordelen</translation>
    </message>
    <message>
        <source>Write a reviewer&apos;s note on the chosen record</source>
        <translation>Een beoordelingsnotitie schrijven bij het gekozen record</translation>
    </message>
    <message>
        <source>Your note on “{title}” travels with the record to everyone in the group. Only coordinators can write it.</source>
        <translation>Uw notitie bij ‘{title}’ reist met het record mee naar iedereen in de groep. Alleen coördinatoren kunnen haar schrijven.</translation>
    </message>
    <message>
        <source>{type}, last changed {when}</source>
        <translation>{type}, laatst gewijzigd {when}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Could not load demo data: {error}</source>
        <translation>Kon de demogegevens niet laden: {error}</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Demogegevens geladen.</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <extracomment>startup.Opened: the replica and the lock that goes with it (set by ruraldesk.app); switch_workspace() replaces both</extracomment>
        <translation>Demogegevens laden</translation>
    </message>
    <message>
        <source>Stopped loading demo data; what was loaded stays.</source>
        <translation>Laden van demogegevens gestopt; wat geladen is, blijft.</translation>
    </message>
    <message>
        <source>The new data folder is used from the next start.</source>
        <translation>De nieuwe gegevensmap wordt vanaf de volgende start gebruikt.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Another RuralDesk window is already working on this workspace ({path}). Switch to that window, or close it and try again.</source>
        <translation>Een ander RuralDesk-venster werkt al in deze werkruimte ({path}). Schakel naar dat venster, of sluit het en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Choose a folder for your workspace</source>
        <translation>Kies een map voor uw werkruimte</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Een andere map kiezen…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>Only {free} MB are free where your workspace is kept ({path}). RuralDesk may not be able to save your changes. Free some space (empty the computer&apos;s trash, remove large files), then continue.</source>
        <translation>Er is maar {free} MB vrij waar uw werkruimte wordt bewaard ({path}). RuralDesk kan uw wijzigingen misschien niet opslaan. Maak ruimte vrij (leeg de prullenbak van de computer, verwijder grote bestanden) en ga dan verder.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>RuralDesk is already open</source>
        <translation>RuralDesk is al geopend</translation>
    </message>
    <message>
        <source>RuralDesk keeps your workspace in {folder}, but cannot write there ({reason}). Choose another folder you can write to, such as one in your documents.</source>
        <translation>RuralDesk bewaart uw werkruimte in {folder}, maar kan daar niet schrijven ({reason}). Kies een andere map waarin u kunt schrijven, zoals een in uw documenten.</translation>
    </message>
    <message>
        <source>Show the backups</source>
        <translation>De back-ups tonen</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <extracomment>below this much free space a warning comes before anything is written</extracomment>
        <translation>De gegevensmap kan niet worden gebruikt</translation>
    </message>
    <message>
        <source>The disk is almost full</source>
        <translation>De schijf is bijna vol</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only. Choose another folder you can write to.</source>
        <translation>De map {folder} is alleen-lezen. Kies een andere map waarin u kunt schrijven.</translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation>De werkruimte kan niet worden geopend</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>{problem}

RuralDesk keeps automatic backups of your workspace in {backups}. You can restore one by copying it over the damaged file.</source>
        <translation>{problem}

RuralDesk bewaart automatische back-ups van uw werkruimte in {backups}. U kunt er een herstellen door hem over het beschadigde bestand te kopiëren.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicten…</translation>
    </message>
    <message>
        <source>&amp;Disconnect from the server…</source>
        <translation>Verbinding met de server &amp;verbreken…</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groep:</translation>
    </message>
    <message>
        <source>&amp;Group…</source>
        <translation>&amp;Groep…</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>&amp;Uitnodigingscode:</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <extracomment>passed on to the Transport (tests shorten the back-off) seconds the first question to the server may take, retries included callables(report) run on the UI thread after a sync that finished (ui/whatsnew.py)</extracomment>
        <translation>Nu &amp;synchroniseren</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Uw naam:</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Bijlage nog niet hier</translation>
    </message>
    <message>
        <source>Attachment not on the server</source>
        <translation>Bijlage niet op de server</translation>
    </message>
    <message>
        <source>Changes waiting: {count}</source>
        <translation>Wachtende wijzigingen: {count}</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Controleren en opslaan</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>Conflicts: {count}</source>
        <translation>Conflicten: {count}</translation>
    </message>
    <message>
        <source>Connected. Your token is kept in {where}.</source>
        <translation>Verbonden. Uw token wordt bewaard in {where}.</translation>
    </message>
    <message>
        <source>Connection check</source>
        <translation>Verbindingscontrole</translation>
    </message>
    <message>
        <source>Could not download</source>
        <translation>Kon niet downloaden</translation>
    </message>
    <message>
        <source>Could not keep the token: {error}</source>
        <translation>Kon het token niet bewaren: {error}</translation>
    </message>
    <message>
        <source>Disconnect from the server</source>
        <translation>Verbinding met de server verbreken</translation>
    </message>
    <message>
        <source>Downloading the attachment</source>
        <translation>De bijlage wordt gedownload</translation>
    </message>
    <message>
        <source>Enter the server address (starting with https://) and the group.</source>
        <translation>Voer het adres van de server in (beginnend met https://) en de groep.</translation>
    </message>
    <message>
        <source>Enter the token your coordinator gave you.</source>
        <translation>Voer het token in dat uw coördinator u gaf.</translation>
    </message>
    <message>
        <source>Everything is saved on this computer. Use Sync → Set up sync… to share it with your group.</source>
        <translation>Alles is op deze computer opgeslagen. Gebruik Synchronisatie → Synchronisatie instellen… om het met uw groep te delen.</translation>
    </message>
    <message>
        <source>Group “{group}” at {url}</source>
        <translation>Groep ‘{group}’ op {url}</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Uitnodigingscode</translation>
    </message>
    <message>
        <source>Joining the group…</source>
        <translation>Lid worden van de groep…</translation>
    </message>
    <message>
        <source>Large change from the server</source>
        <translation>Grote wijziging van de server</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Niet opgeslagen: {why}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Openstaande conflicten</translation>
    </message>
    <message>
        <source>Or, with a personal token:</source>
        <translation>Of, met een persoonlijk token:</translation>
    </message>
    <message>
        <source>Paste the invitation code your coordinator sent you: it holds the server&apos;s address and the group. With a personal token instead, leave it empty and fill in the fields below. The token is kept in the system&apos;s password store when there is one, otherwise in a file only you can read.</source>
        <translation>Plak de uitnodigingscode die uw coördinator u stuurde: die bevat het adres van de server en de groep. Hebt u in plaats daarvan een persoonlijk token, laat dit dan leeg en vul de velden hieronder in. Het token wordt bewaard in de wachtwoordopslag van het systeem als die er is, anders in een bestand dat alleen u kunt lezen.</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Oplossen…</translation>
    </message>
    <message>
        <source>S&amp;top syncing</source>
        <translation>Synchronisatie s&amp;toppen</translation>
    </message>
    <message>
        <source>Send your changes to the group server and get everyone else&apos;s</source>
        <translation>Uw wijzigingen naar de groepsserver sturen en die van alle anderen ophalen</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adres:</translation>
    </message>
    <message>
        <source>Set &amp;up sync…</source>
        <translation>Synchronisatie &amp;instellen…</translation>
    </message>
    <message>
        <source>Set up sync</source>
        <translation>Synchronisatie instellen</translation>
    </message>
    <message>
        <source>Stop syncing this workspace with the group server? Your records stay on this computer; changes not yet sent stay waiting. You can set up sync again later.</source>
        <translation>Het synchroniseren van deze werkruimte met de groepsserver stoppen? Uw records blijven op deze computer; wijzigingen die nog niet zijn verzonden, blijven wachten. U kunt de synchronisatie later opnieuw instellen.</translation>
    </message>
    <message>
        <source>Syncing… {stage}</source>
        <translation>Synchroniseren… {stage}</translation>
    </message>
    <message>
        <source>The group server does not have this file yet: the person who attached it has not synced since.</source>
        <translation>De groepsserver heeft dit bestand nog niet: de persoon die het bijvoegde, heeft sindsdien niet gesynchroniseerd.</translation>
    </message>
    <message>
        <source>The group server refused a change to this record ({fields}).</source>
        <translation>De groepsserver weigerde een wijziging van dit record ({fields}).</translation>
    </message>
    <message>
        <source>The group server&apos;s changes would move {deletes} records to the trash, erase {erasures} and change {overwrites} — {total} of your {records} records ({share}).

This can be right (someone tidied up the shared records) or a mistake. Apply these changes now?</source>
        <translation>De wijzigingen van de groepsserver zouden {deletes} records naar de prullenbak verplaatsen, {erasures} wissen en {overwrites} wijzigen — {total} van uw {records} records ({share}).

Dat kan kloppen (iemand heeft de gedeelde records opgeruimd) of een vergissing zijn. Deze wijzigingen nu toepassen?</translation>
    </message>
    <message>
        <source>The group&apos;s members; for coordinators, invitations, roles and people&apos;s data requests</source>
        <translation>De leden van de groep; voor coördinatoren uitnodigingen, rollen en verzoeken over persoonsgegevens</translation>
    </message>
    <message>
        <source>This file is not on this computer, and this workspace is not connected to a group server.</source>
        <translation>Dit bestand staat niet op deze computer en deze werkruimte is niet verbonden met een groepsserver.</translation>
    </message>
    <message>
        <source>This record is in conflict ({fields}): two people changed it at once.</source>
        <translation>Dit record is in conflict ({fields}): twee mensen wijzigden het tegelijk.</translation>
    </message>
    <message>
        <source>This workspace holds demo data. Demo data is fictional and never leaves this computer, so it cannot be shared with your group.

Use a new, empty workspace for your group&apos;s records? The demo workspace stays as it is.</source>
        <translation>Deze werkruimte bevat demogegevens. Demogegevens zijn verzonnen en verlaten deze computer nooit, dus ze kunnen niet met uw groep worden gedeeld.

Een nieuwe, lege werkruimte gebruiken voor de records van uw groep? De demowerkruimte blijft zoals ze is.</translation>
    </message>
    <message>
        <source>Up to date · {when}</source>
        <translation>Bijgewerkt · {when}</translation>
    </message>
    <message>
        <source>Working offline: no group server connected</source>
        <translation>Offline werken: geen groepsserver verbonden</translation>
    </message>
    <message>
        <source>You are now in the new, empty workspace “{name}”. The demo workspace stays as it is.</source>
        <translation>U bent nu in de nieuwe, lege werkruimte ‘{name}’. De demowerkruimte blijft zoals ze is.</translation>
    </message>
    <message>
        <source>a file only you can read ({path})</source>
        <translation>een bestand dat alleen u kunt lezen ({path})</translation>
    </message>
    <message>
        <source>checking the server</source>
        <translation>de server wordt gecontroleerd</translation>
    </message>
    <message>
        <source>could not reach the server</source>
        <translation>kon de server niet bereiken</translation>
    </message>
    <message>
        <source>could not reach the server: {reason}</source>
        <translation>kon de server niet bereiken: {reason}</translation>
    </message>
    <message>
        <source>enter a new token under Sync → Set up sync…</source>
        <translation>voer een nieuw token in onder Synchronisatie → Synchronisatie instellen…</translation>
    </message>
    <message>
        <source>kept from before; type to replace it</source>
        <translation>bewaard van eerder; typ om het te vervangen</translation>
    </message>
    <message>
        <source>last synced at {time}</source>
        <translation>laatst gesynchroniseerd om {time}</translation>
    </message>
    <message>
        <source>optional: your name as the group knows it</source>
        <translation>optioneel: uw naam zoals de groep die kent</translation>
    </message>
    <message>
        <source>press F5 to try again</source>
        <translation>druk op F5 om het opnieuw te proberen</translation>
    </message>
    <message>
        <source>receiving attachments</source>
        <translation>bijlagen ontvangen</translation>
    </message>
    <message>
        <source>receiving changes</source>
        <translation>wijzigingen ontvangen</translation>
    </message>
    <message>
        <source>saving what arrived</source>
        <translation>het ontvangene opslaan</translation>
    </message>
    <message>
        <source>sending attachments</source>
        <translation>bijlagen verzenden</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>wijzigingen verzenden</translation>
    </message>
    <message>
        <source>set up sync in a new, empty workspace</source>
        <translation>stel de synchronisatie in in een nieuwe, lege werkruimte</translation>
    </message>
    <message>
        <source>something went wrong</source>
        <translation>er ging iets mis</translation>
    </message>
    <message>
        <source>something went wrong ({reason}); the details are in the log</source>
        <translation>er ging iets mis ({reason}); de details staan in het logboek</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>stoppen</translation>
    </message>
    <message>
        <source>the server did not accept this token for this group; check it, or ask your coordinator for a new one</source>
        <translation>de server accepteerde dit token niet voor deze groep; controleer het, of vraag uw coördinator om een nieuw</translation>
    </message>
    <message>
        <source>the server did not accept your token</source>
        <translation>de server accepteerde uw token niet</translation>
    </message>
    <message>
        <source>the server did not accept your token; ask your coordinator for a new one and enter it under Sync → Set up sync…</source>
        <translation>de server accepteerde uw token niet; vraag uw coördinator om een nieuw en voer het in onder Synchronisatie → Synchronisatie instellen…</translation>
    </message>
    <message>
        <source>the server refused the request</source>
        <translation>de server weigerde het verzoek</translation>
    </message>
    <message>
        <source>the server refused the request: {reason}</source>
        <translation>de server weigerde het verzoek: {reason}</translation>
    </message>
    <message>
        <source>the system&apos;s password store</source>
        <translation>de wachtwoordopslag van het systeem</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never leaves this computer; set up sync in a new, empty workspace</source>
        <translation>deze werkruimte bevat demogegevens, die deze computer nooit verlaten; stel de synchronisatie in in een nieuwe, lege werkruimte</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never syncs</source>
        <translation>deze werkruimte bevat demogegevens, die nooit worden gesynchroniseerd</translation>
    </message>
    <message>
        <source>trying again at {time}</source>
        <translation>nieuwe poging om {time}</translation>
    </message>
    <message>
        <source>you chose not to apply the server&apos;s large change</source>
        <translation>u koos ervoor de grote wijziging van de server niet toe te passen</translation>
    </message>
    <message>
        <source>you stopped it</source>
        <translation>u hebt het gestopt</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} van {total}</translation>
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
        <translation>Agro-ecologie</translation>
    </message>
    <message>
        <source>Co-design with authorities</source>
        <translation>Co-design met overheden</translation>
    </message>
    <message>
        <source>Community transport</source>
        <translation>Gemeenschapsvervoer</translation>
    </message>
    <message>
        <source>Digital platform cooperatives</source>
        <translation>Coöperaties van digitale platforms</translation>
    </message>
    <message>
        <source>Education and services</source>
        <translation>Onderwijs en diensten</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Energy communities</source>
        <translation>Energiegemeenschappen</translation>
    </message>
    <message>
        <source>Enterprise development and employment</source>
        <translation>Ondernemingsontwikkeling en werkgelegenheid</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Gezondheidszorg</translation>
    </message>
    <message>
        <source>Local entrepreneurship</source>
        <translation>Lokaal ondernemerschap</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobiliteit</translation>
    </message>
    <message>
        <source>Policy and legal frameworks</source>
        <translation>Beleid en wettelijke kaders</translation>
    </message>
    <message>
        <source>Short food supply chains</source>
        <translation>Korte voedselketens</translation>
    </message>
    <message>
        <source>Social inclusion</source>
        <translation>Sociale inclusie</translation>
    </message>
    <message>
        <source>Solidarity networks</source>
        <translation>Solidariteitsnetwerken</translation>
    </message>
    <message>
        <source>Sustainable agriculture and food</source>
        <translation>Duurzame landbouw en voeding</translation>
    </message>
    <message>
        <source>Work integration</source>
        <translation>Arbeidsintegratie</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>&amp;Back up the workspace to a file…</source>
        <translation>&amp;Back-up van de werkruimte maken naar een bestand…</translation>
    </message>
    <message>
        <source>&amp;Contacts to merge (ticked):</source>
        <translation>&amp;Samen te voegen contacten (aangevinkt):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codering:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>Definitief &amp;wissen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Groepen:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>&quot;(detected)&quot; marks what the detector said, not whatever the file was read again with</extracomment>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <extracomment>the CSV export&apos;s BOM choice is remembered for the session</extracomment>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Behouden:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Samenvoegen</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>Contact &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>Record &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Practice sheet…</source>
        <translation>&amp;Praktijkfiche…</translation>
    </message>
    <message>
        <source>&amp;Read it this way</source>
        <translation>Zo &amp;lezen</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Records:</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup file…</source>
        <translation>&amp;Herstellen uit een back-upbestand…</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Scheidingsteken:</translation>
    </message>
    <message>
        <source>&amp;Use this country</source>
        <translation>Dit land &amp;gebruiken</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>(gedetecteerd)</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(niet leesbaar)</translation>
    </message>
    <message>
        <source>(nothing to compare)</source>
        <translation>(niets te vergelijken)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {size}, {count} columns</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {size}, {count} kolommen</translation>
    </message>
    <message>
        <source>A .vcf file that address books and phones can read.</source>
        <translation>Een .vcf-bestand dat adresboeken en telefoons kunnen lezen.</translation>
    </message>
    <message>
        <source>A backup can only be restored into an empty workspace, and this one already holds {practices} practices, {contacts} contacts and {tools} tools. Nothing was changed.

To restore, choose a new, empty data folder under File → Settings, restart RuralDesk, and restore there.</source>
        <translation>Een back-up kan alleen in een lege werkruimte worden hersteld, en deze bevat al {practices} praktijken, {contacts} contacten en {tools} hulpmiddelen. Er is niets gewijzigd.

Om te herstellen kiest u een nieuwe, lege gegevensmap onder Bestand → Instellingen, start u RuralDesk opnieuw en herstelt u daar.</translation>
    </message>
    <message>
        <source>A printable sheet (PDF or Markdown) of the practice shown, or of several</source>
        <translation>Een afdrukbare fiche (PDF of Markdown) van de getoonde praktijk, of van meerdere</translation>
    </message>
    <message>
        <source>A sheet to print or share: the key facts, what was done, what was learned, and who to ask. Headings are in each practice&apos;s language.</source>
        <translation>Een fiche om af te drukken of te delen: de belangrijkste feiten, wat er gedaan is, wat er geleerd is en wie u kunt vragen. Koppen staan in de taal van elke praktijk.</translation>
    </message>
    <message>
        <source>A sync is running. Wait until it has finished, then restore again.</source>
        <translation>Er loopt een synchronisatie. Wacht tot die klaar is en herstel dan opnieuw.</translation>
    </message>
    <message>
        <source>Attachments not on this computer (kept on the group server) are not in the backup: {count}.</source>
        <translation>Bijlagen die niet op deze computer staan (bewaard op de groepsserver), zitten niet in de back-up: {count}.</translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation>Back-up van de werkruimte maken</translation>
    </message>
    <message>
        <source>Backed up {records} records and {files} attachment files to {path}.</source>
        <translation>Back-up gemaakt van {records} records en {files} bijlagebestanden naar {path}.</translation>
    </message>
    <message>
        <source>Backing up to {name}</source>
        <translation>Back-up maken naar {name}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Back-up hersteld</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>Back-ups (*.zip)</translation>
    </message>
    <message>
        <source>Backups (*.zip);;All files (*)</source>
        <translation>Back-ups (*.zip);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Bring a backup back into an empty workspace</source>
        <translation>Een back-up terugzetten in een lege werkruimte</translation>
    </message>
    <message>
        <source>Bring in contacts, practices or tools from a CSV/TSV table or a vCard file</source>
        <translation>Contacten, praktijken of hulpmiddelen binnenhalen uit een CSV/TSV-tabel of een vCard-bestand</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-tabellen (*.csv)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Cards read: {count}</source>
        <translation>Kaarten gelezen: {count}</translation>
    </message>
    <message>
        <source>Cards with a problem: {count}</source>
        <translation>Kaarten met een probleem: {count}</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>{name} controleren</translation>
    </message>
    <message>
        <source>Choose the encoding</source>
        <translation>Kies de codering</translation>
    </message>
    <message>
        <source>Choose the field each column goes into, or leave it out.</source>
        <translation>Kies het veld waar elke kolom in gaat, of laat hem weg.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}</source>
        <translation>Niet geïmporteerde kolommen: {columns}</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Kolommen van het bestand</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Contact to keep</source>
        <translation>Te behouden contact</translation>
    </message>
    <message>
        <source>Contacts that look like the same person or organisation, to merge</source>
        <translation>Contacten die op dezelfde persoon of organisatie lijken, om samen te voegen</translation>
    </message>
    <message>
        <source>Contacts to merge</source>
        <translation>Samen te voegen contacten</translation>
    </message>
    <message>
        <source>Country of the phone numbers</source>
        <translation>Land van de telefoonnummers</translation>
    </message>
    <message>
        <source>Delete the contact for good, everywhere, and list the mentions to review</source>
        <translation>Het contact definitief verwijderen, overal, en de vermeldingen tonen om na te kijken</translation>
    </message>
    <message>
        <source>Double-click to open the contact already here</source>
        <translation>Dubbelklik om het contact te openen dat er al is</translation>
    </message>
    <message>
        <source>Duplicate contacts</source>
        <translation>Dubbele contacten</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>Deze persoon &amp;definitief wissen…</translation>
    </message>
    <message>
        <source>E&amp;xport everything about this person…</source>
        <translation>Alles over deze persoon e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Definitief wissen</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Deze persoon wissen</translation>
    </message>
    <message>
        <source>Erase “{name}” and everything held about them?</source>
        <translation>‘{name}’ en alles wat over die persoon wordt bewaard definitief wissen?</translation>
    </message>
    <message>
        <source>Erasing {name}</source>
        <translation>{name} wissen</translation>
    </message>
    <message>
        <source>Every contact in the list ({count})</source>
        <translation>Elk contact in de lijst ({count})</translation>
    </message>
    <message>
        <source>Every practice in the list ({count}), in one document</source>
        <translation>Elke praktijk in de lijst ({count}), in één document</translation>
    </message>
    <message>
        <source>Every row must be right before anything is imported. Fix these rows in the file and import it again, or import only the valid rows.</source>
        <translation>Elke rij moet kloppen voordat er iets wordt geïmporteerd. Corrigeer deze rijen in het bestand en importeer het opnieuw, of importeer alleen de geldige rijen.</translation>
    </message>
    <message>
        <source>Everything about “{name}” was saved to {path}</source>
        <translation>Alles over ‘{name}’ is opgeslagen in {path}</translation>
    </message>
    <message>
        <source>Everything in this workspace, attachments included, in one file</source>
        <translation>Alles in deze werkruimte, bijlagen inbegrepen, in één bestand</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Excel on Windows shows accented letters correctly only with this mark</source>
        <translation>Excel onder Windows toont letters met accenten alleen correct met deze markering</translation>
    </message>
    <message>
        <source>Export contacts as &amp;vCard…</source>
        <translation>Contacten exporteren als &amp;vCard…</translation>
    </message>
    <message>
        <source>Export contacts as vCard</source>
        <translation>Contacten exporteren als vCard</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Alles over deze persoon exporteren</translation>
    </message>
    <message>
        <source>Export list as &amp;CSV…</source>
        <translation>Lijst exporteren als &amp;CSV…</translation>
    </message>
    <message>
        <source>Export list as CSV</source>
        <translation>Lijst exporteren als CSV</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {path}</source>
        <translation>{count} contacten geëxporteerd naar {path}</translation>
    </message>
    <message>
        <source>Exported {count} records to {path}</source>
        <translation>{count} records geëxporteerd naar {path}</translation>
    </message>
    <message>
        <source>Exporting to {name}</source>
        <translation>Exporteren naar {name}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Te importeren bestand</translation>
    </message>
    <message>
        <source>Find &amp;duplicate contacts…</source>
        <translation>&amp;Dubbele contacten zoeken…</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <source>Groups of likely duplicates</source>
        <translation>Groepen van waarschijnlijke dubbelen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation>Importeren &amp;als:</translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>Een tabel importeren</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Details van de import</translation>
    </message>
    <message>
        <source>Import findings</source>
        <translation>Bevindingen van de import</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importeren in</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importverslag</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Importresultaat</translation>
    </message>
    <message>
        <source>Import the column “{name}” into</source>
        <translation>De kolom ‘{name}’ importeren in</translation>
    </message>
    <message>
        <source>Import the rows without a problem and leave the others out</source>
        <translation>De rijen zonder probleem importeren en de andere weglaten</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>Alleen de geldige rijen importeren</translation>
    </message>
    <message>
        <source>Import the valid rows only ({count})</source>
        <translation>Alleen de geldige rijen importeren ({count})</translation>
    </message>
    <message>
        <source>Imported: {count}</source>
        <translation>Geïmporteerd: {count}</translation>
    </message>
    <message>
        <source>Imported: {count} {what}.</source>
        <translation>Geïmporteerd: {count} {what}.</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>{name} importeren</translation>
    </message>
    <message>
        <source>It did not work: {reason}</source>
        <translation>Het is niet gelukt: {reason}</translation>
    </message>
    <message>
        <source>Its links are removed from {count} linked records.</source>
        <translation>De links ervan worden verwijderd uit {count} gekoppelde records.</translation>
    </message>
    <message>
        <source>Its past values are scrubbed from the history of changes.</source>
        <translation>De vroegere waarden ervan worden uit de wijzigingsgeschiedenis gewist.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Looking for duplicate contacts</source>
        <translation>Dubbele contacten zoeken</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Lijkt op</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Markdown-tekst</translation>
    </message>
    <message>
        <source>Mentions of the person&apos;s name, e-mails or phones in other records&apos; text are not changed: you get a list of them to review afterwards.</source>
        <translation>Vermeldingen van de naam, e-mailadressen of telefoons van de persoon in de tekst van andere records worden niet gewijzigd: u krijgt een lijst ervan om daarna na te kijken.</translation>
    </message>
    <message>
        <source>Mentions to review</source>
        <translation>Na te kijken vermeldingen</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Contacten samenvoegen</translation>
    </message>
    <message>
        <source>Merge the ticked contacts into the one kept</source>
        <translation>De aangevinkte contacten samenvoegen in het behouden contact</translation>
    </message>
    <message>
        <source>Merged {count} contacts into one; records relinked: {relinked}.</source>
        <translation>{count} contacten samengevoegd tot één; opnieuw gekoppelde records: {relinked}.</translation>
    </message>
    <message>
        <source>Names as {encoding} reads them</source>
        <translation>Namen zoals {encoding} ze leest</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>Er is geen back-up gemaakt: {reason}</translation>
    </message>
    <message>
        <source>No column goes into a field yet: choose at least one.</source>
        <translation>Nog geen enkele kolom gaat in een veld: kies er minstens één.</translation>
    </message>
    <message>
        <source>No likely duplicates</source>
        <translation>Geen waarschijnlijke dubbelen</translation>
    </message>
    <message>
        <source>No likely duplicates were found.</source>
        <translation>Er zijn geen waarschijnlijke dubbelen gevonden.</translation>
    </message>
    <message>
        <source>No other record links to it.</source>
        <translation>Geen ander record verwijst ernaar.</translation>
    </message>
    <message>
        <source>No phone region is set for this workspace.</source>
        <translation>Er is geen telefoonregio ingesteld voor deze werkruimte.</translation>
    </message>
    <message>
        <source>Not imported ({count})</source>
        <translation>Niet geïmporteerd ({count})</translation>
    </message>
    <message>
        <source>Not imported: no country was chosen for the phone numbers of {name}. Nothing was changed.</source>
        <translation>Niet geïmporteerd: er is geen land gekozen voor de telefoonnummers van {name}. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Not imported: no encoding was chosen for {name}. Nothing was changed.</source>
        <translation>Niet geïmporteerd: er is geen codering gekozen voor {name}. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Not set (asked when needed)</source>
        <translation>Niet ingesteld (gevraagd wanneer nodig)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Nothing was erased: {reason}</source>
        <translation>Er is niets gewist: {reason}</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Er is niets geëxporteerd: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file holds no records.</source>
        <translation>Er is niets geïmporteerd: het bestand bevat geen records.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Er is niets geïmporteerd: {reason}</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Er is niets hersteld: {reason}</translation>
    </message>
    <message>
        <source>Only the valid rows were imported; the rows below were left out.</source>
        <translation>Alleen de geldige rijen zijn geïmporteerd; de rijen hieronder zijn weggelaten.</translation>
    </message>
    <message>
        <source>Open the highlighted contact</source>
        <translation>Het gemarkeerde contact openen</translation>
    </message>
    <message>
        <source>Open the highlighted record</source>
        <translation>Het gemarkeerde record openen</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-document</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Phone numbers without a country code</source>
        <translation>Telefoonnummers zonder landcode</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as {country}.</source>
        <translation>Telefoonnummers zonder landcode worden gelezen als {country}.</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Telefoonregio</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mogelijke dubbelen</translation>
    </message>
    <message>
        <source>Possible duplicates ({count})</source>
        <translation>Mogelijke dubbelen ({count})</translation>
    </message>
    <message>
        <source>Possibly already here: {count} (see “Possible duplicates”)</source>
        <translation>Mogelijk al aanwezig: {count} (zie ‘Mogelijke dubbelen’)</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Praktijkfiche</translation>
    </message>
    <message>
        <source>Practice sheets written: {count}, in {path}</source>
        <translation>Praktijkfiches geschreven: {count}, in {path}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Voorbeeld van de import</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Samenvatting van het voorbeeld</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problemen ({count})</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschap</translation>
    </message>
    <message>
        <source>Read as {encoding}</source>
        <translation>Lezen als {encoding}</translation>
    </message>
    <message>
        <source>Read as: {preset}</source>
        <translation>Gelezen als: {preset}</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>Het bestand wordt opnieuw gelezen…</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>{name} lezen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Recognised export</source>
        <translation>Herkende export</translation>
    </message>
    <message>
        <source>Recognised: &lt;b&gt;{preset}&lt;/b&gt;. Its columns are matched below; check them before importing.</source>
        <translation>Herkend: &lt;b&gt;{preset}&lt;/b&gt;. De kolommen zijn hieronder gekoppeld; controleer ze voor het importeren.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Herstellen uit een back-upbestand</translation>
    </message>
    <message>
        <source>Restore {count} records from {name} (made on {date}) into this empty workspace?</source>
        <translation>{count} records uit {name} (gemaakt op {date}) herstellen in deze lege werkruimte?</translation>
    </message>
    <message>
        <source>Restored {records} records and {files} attachment files from {name}.</source>
        <translation>{records} records en {files} bijlagebestanden hersteld uit {name}.</translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation>{name} herstellen</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; all ready to import.</source>
        <translation>Rijen in het voorbeeld: {count}; alle klaar om te importeren.</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; with a problem: {bad}. Fix them in the file, or change the columns above.</source>
        <translation>Rijen in het voorbeeld: {count}; met een probleem: {bad}. Corrigeer ze in het bestand, of wijzig de kolommen hierboven.</translation>
    </message>
    <message>
        <source>Rows read: {count}</source>
        <translation>Rijen gelezen: {count}</translation>
    </message>
    <message>
        <source>Rows with a problem: {count}</source>
        <translation>Rijen met een probleem: {count}</translation>
    </message>
    <message>
        <source>Save the list shown, with its columns and filters, as a table</source>
        <translation>De getoonde lijst, met kolommen en filters, opslaan als tabel</translation>
    </message>
    <message>
        <source>Save the selected contacts, or the whole list, for an address book or a phone</source>
        <translation>De geselecteerde contacten, of de hele lijst, opslaan voor een adresboek of een telefoon</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Puntkomma ( ; )</translation>
    </message>
    <message>
        <source>Show a contact first.</source>
        <translation>Toon eerst een contact.</translation>
    </message>
    <message>
        <source>Show a practice, or the list of practices, to make sheets of them.</source>
        <translation>Toon een praktijk, of de lijst van praktijken, om er fiches van te maken.</translation>
    </message>
    <message>
        <source>Show the contacts (or search for some) and select the ones to export.</source>
        <translation>Toon de contacten (of zoek er een paar) en selecteer die u wilt exporteren.</translation>
    </message>
    <message>
        <source>Stopped: {what}. Nothing was changed.</source>
        <translation>Gestopt: {what}. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Tables and address books (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Tabellen en adresboeken (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>The choice can still be changed under “Encoding” in the next step.</source>
        <translation>De keuze kan in de volgende stap nog worden gewijzigd onder ‘Codering’.</translation>
    </message>
    <message>
        <source>The contact is deleted from this computer for good: not to the trash, and it cannot be undone.</source>
        <translation>Het contact wordt definitief van deze computer verwijderd: niet naar de prullenbak, en dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>The contact, its history and every record linked to or mentioning it, as JSON</source>
        <translation>Het contact, de geschiedenis ervan en elk record dat eraan gekoppeld is of het vermeldt, als JSON</translation>
    </message>
    <message>
        <source>The contacts were not exported: {reason}</source>
        <translation>De contacten zijn niet geëxporteerd: {reason}</translation>
    </message>
    <message>
        <source>The contacts were not merged: {reason}</source>
        <translation>De contacten zijn niet samengevoegd: {reason}</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code, for this workspace</source>
        <translation>Het land van telefoonnummers die zonder landcode zijn geschreven, voor deze werkruimte</translation>
    </message>
    <message>
        <source>The file cannot be previewed: {reason}</source>
        <translation>Het bestand kan niet worden getoond: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read that way: {reason}</source>
        <translation>Het bestand kan zo niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows with a problem are marked; the import stops if any row of the file has one.</source>
        <translation>De eerste rijen zoals ze worden opgeslagen. Rijen met een probleem zijn gemarkeerd; de import stopt als een rij van het bestand er een heeft.</translation>
    </message>
    <message>
        <source>The letters of {name} can be read in more than one way, and we cannot tell which is right. Choose the column where the names are written correctly.</source>
        <translation>De letters van {name} kunnen op meer dan één manier worden gelezen en we kunnen niet zeggen welke juist is. Kies de kolom waarin de namen correct staan.</translation>
    </message>
    <message>
        <source>The list was not exported: {reason}</source>
        <translation>De lijst is niet geëxporteerd: {reason}</translation>
    </message>
    <message>
        <source>The phone region was not saved: {reason}</source>
        <translation>De telefoonregio is niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <source>The practice shown: {title}</source>
        <translation>De getoonde praktijk: {title}</translation>
    </message>
    <message>
        <source>The records the search found, with the columns the list shows for their type.</source>
        <translation>De records die de zoekopdracht vond, met de kolommen die de lijst voor hun type toont.</translation>
    </message>
    <message>
        <source>The search for duplicates stopped: {reason}</source>
        <translation>Het zoeken naar dubbelen is gestopt: {reason}</translation>
    </message>
    <message>
        <source>The search found nothing to export.</source>
        <translation>De zoekopdracht vond niets om te exporteren.</translation>
    </message>
    <message>
        <source>The selected contacts ({count})</source>
        <translation>De geselecteerde contacten ({count})</translation>
    </message>
    <message>
        <source>The selected practices ({count}), in one document</source>
        <translation>De geselecteerde praktijken ({count}), in één document</translation>
    </message>
    <message>
        <source>The sheet was not written: {reason}</source>
        <translation>De fiche is niet geschreven: {reason}</translation>
    </message>
    <message>
        <source>The trash cannot be exported. Choose practices, contacts, tools or themes.</source>
        <translation>De prullenbak kan niet worden geëxporteerd. Kies praktijken, contacten, hulpmiddelen of thema&apos;s.</translation>
    </message>
    <message>
        <source>These contacts look like the same person or organisation. Merging keeps one contact, fills its empty fields from the others, moves every link and attachment to it, and moves the others to the trash (restorable).</source>
        <translation>Deze contacten lijken op dezelfde persoon of organisatie. Samenvoegen behoudt één contact, vult de lege velden ervan aan uit de andere, verplaatst elke link en bijlage ernaar en verplaatst de andere naar de prullenbak (herstelbaar).</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}</source>
        <translation>Dit bestand kan niet worden geïmporteerd: {reason}</translation>
    </message>
    <message>
        <source>This file cannot be restored: {reason}</source>
        <translation>Dit bestand kan niet worden hersteld: {reason}</translation>
    </message>
    <message>
        <source>This is asked once and kept for the workspace; File → Settings changes it. Numbers with a country code, and rows that name a country, are read as they are.</source>
        <translation>Dit wordt één keer gevraagd en voor de werkruimte bewaard; Bestand → Instellingen wijzigt het. Nummers met een landcode en rijen die een land noemen, worden gelezen zoals ze zijn.</translation>
    </message>
    <message>
        <source>This row has a problem</source>
        <translation>Deze rij heeft een probleem</translation>
    </message>
    <message>
        <source>This workspace is not shared with a group server; copies elsewhere (backups, exports) are not touched.</source>
        <translation>Deze werkruimte wordt niet met een groepsserver gedeeld; kopieën elders (back-ups, exports) worden niet aangeraakt.</translation>
    </message>
    <message>
        <source>This workspace is shared: the erasure is sent to the group server at the next sync, and every member&apos;s copy erases it too.</source>
        <translation>Deze werkruimte wordt gedeeld: het wissen wordt bij de volgende synchronisatie naar de groepsserver gestuurd, en de kopie van elk lid wist het ook.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>UTF-8 with &amp;BOM, for Excel</source>
        <translation>UTF-8 met &amp;BOM, voor Excel</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <extracomment>the collections a table can be imported into</extracomment>
        <translation>UTF-8 met BOM</translation>
    </message>
    <message>
        <source>UTF-8 with BOM, for Excel</source>
        <translation>UTF-8 met BOM, voor Excel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Verticale streep ( | )</translation>
    </message>
    <message>
        <source>Wait until the work in progress (an import, an export) has finished, then restore again.</source>
        <translation>Wacht tot het lopende werk (een import, een export) klaar is en herstel dan opnieuw.</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Waarschuwingen ({count})</translation>
    </message>
    <message>
        <source>What erasing does</source>
        <translation>Wat wissen doet</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>Waarom ze op elkaar lijken</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>Waarom: {reasons}</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>{name} schrijven</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>kolom {number}</translation>
    </message>
    <message>
        <source>created {date}</source>
        <translation>gemaakt {date}</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>home</source>
        <translation>thuis</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobiel</translation>
    </message>
    <message>
        <source>other</source>
        <translation>anders</translation>
    </message>
    <message>
        <source>practice-sheets</source>
        <translation>praktijkfiches</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>dit bestand</translation>
    </message>
    <message>
        <source>vCard 3.0 (older phones)</source>
        <translation>vCard 3.0 (oudere telefoons)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-bestanden (*.vcf)</translation>
    </message>
    <message>
        <source>work</source>
        <translation>werk</translation>
    </message>
    <message>
        <source>{name} holds phone numbers without a country code (such as “{example}”) on rows that name no country. In which country are they?</source>
        <translation>{name} bevat telefoonnummers zonder landcode (zoals ‘{example}’) op rijen die geen land noemen. In welk land zijn ze?</translation>
    </message>
    <message>
        <source>{name} — {details}</source>
        <translation>{name} — {details}</translation>
    </message>
    <message>
        <source>{what}: every record the list shows ({count}), with its filters, its order and the columns shown.</source>
        <translation>{what}: elk record dat de lijst toont ({count}), met de filters, de volgorde en de getoonde kolommen.</translation>
    </message>
    <message>
        <source>{what}: {count} found</source>
        <translation>{what}: {count} gevonden</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>— weglaten —</translation>
    </message>
    <message>
        <source>“{name}” was erased.</source>
        <translation>‘{name}’ is gewist.</translation>
    </message>
    <message>
        <source>“{name}” was erased. No other record mentions them in its text.</source>
        <translation>‘{name}’ is gewist. Geen ander record vermeldt die persoon in de tekst.</translation>
    </message>
    <message>
        <source>“{name}” was erased. These records still mention them in their text. Open each one and remove or reword the mention where it is personal data.</source>
        <translation>‘{name}’ is gewist. Deze records vermelden die persoon nog in hun tekst. Open ze een voor een en verwijder of herformuleer de vermelding waar het om persoonsgegevens gaat.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Give the currency of the funding amount</source>
        <translation>Geef de valuta van het financieringsbedrag op</translation>
    </message>
    <message>
        <source>Region {value} is not in {country}</source>
        <translation>Regio {value} ligt niet in {country}</translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation>De einddatum ligt vóór de begindatum</translation>
    </message>
    <message>
        <source>Unknown field “{value}”</source>
        <translation>Onbekend veld ‘{value}’</translation>
    </message>
    <message>
        <source>{label} cannot be negative</source>
        <translation>{label} mag niet negatief zijn</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label} is verplicht</translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters, at most {limit})</source>
        <translation>{label} is te lang ({length} tekens, hoogstens {limit})</translation>
    </message>
    <message>
        <source>{label} must be a list</source>
        <translation>{label} moet een lijst zijn</translation>
    </message>
    <message>
        <source>{label} must be a list of text</source>
        <translation>{label} moet een lijst van tekst zijn</translation>
    </message>
    <message>
        <source>{label} must be a number, not “{value}”</source>
        <translation>{label} moet een getal zijn, niet ‘{value}’</translation>
    </message>
    <message>
        <source>{label} must be a whole number</source>
        <translation>{label} moet een geheel getal zijn</translation>
    </message>
    <message>
        <source>{label} must be text</source>
        <translation>{label} moet tekst zijn</translation>
    </message>
    <message>
        <source>{label}: each entry needs a value</source>
        <translation>{label}: elk item heeft een waarde nodig</translation>
    </message>
    <message>
        <source>“{value}” is not a NUTS region code</source>
        <translation>‘{value}’ is geen NUTS-regiocode</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD)</source>
        <translation>‘{value}’ is geen datum (gebruik JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number (use +country code, e.g. +351 21 000 0000)</source>
        <translation>‘{value}’ is geen telefoonnummer (gebruik +landcode, bijv. +351 21 000 0000)</translation>
    </message>
    <message>
        <source>“{value}” is not a possible phone number</source>
        <translation>‘{value}’ is geen mogelijk telefoonnummer</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>‘{value}’ is geen record-id</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address</source>
        <translation>‘{value}’ is geen geldig e-mailadres</translation>
    </message>
    <message>
        <source>“{value}” is not a web address (it should start with https://)</source>
        <translation>‘{value}’ is geen webadres (het moet beginnen met https://)</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 3166 country code</source>
        <translation>‘{value}’ is geen ISO 3166-landcode</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 4217 currency code</source>
        <translation>‘{value}’ is geen ISO 4217-valutacode</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 639 language code</source>
        <translation>‘{value}’ is geen ISO 639-taalcode</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>‘{value}’ is niet een van: {choices}</translation>
    </message>
</context>
<context>
    <name>WhatsNew</name>
    <message>
        <source>&amp;What&apos;s new</source>
        <translation>&amp;Wat is er nieuw</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(zonder titel)</translation>
    </message>
    <message>
        <source>By {who}, {when}</source>
        <translation>Door {who}, {when}</translation>
    </message>
    <message>
        <source>Changed contact: {title}</source>
        <translation>Gewijzigd contact: {title}</translation>
    </message>
    <message>
        <source>Changed practice: {title}</source>
        <translation>Gewijzigde praktijk: {title}</translation>
    </message>
    <message>
        <source>Changed tool: {title}</source>
        <translation>Gewijzigd hulpmiddel: {title}</translation>
    </message>
    <message>
        <source>Everything here is read.</source>
        <translation>Alles hier is gelezen.</translation>
    </message>
    <message>
        <source>First sync: {items} from your group</source>
        <translation>Eerste synchronisatie: {items} van uw groep</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>&amp;Alles als gelezen markeren</translation>
    </message>
    <message>
        <source>Mark everything in What&apos;s new as read</source>
        <translation>Alles in Wat is er nieuw als gelezen markeren</translation>
    </message>
    <message>
        <source>New contact: {title}</source>
        <translation>Nieuw contact: {title}</translation>
    </message>
    <message>
        <source>New practice: {title}</source>
        <translation>Nieuwe praktijk: {title}</translation>
    </message>
    <message>
        <source>New tool: {title}</source>
        <translation>Nieuw hulpmiddel: {title}</translation>
    </message>
    <message>
        <source>Nothing new from your group yet. When others add or change practices, contacts or tools, they are listed here after a sync.</source>
        <translation>Nog niets nieuws van uw groep. Als anderen praktijken, contacten of hulpmiddelen toevoegen of wijzigen, staan ze hier na een synchronisatie.</translation>
    </message>
    <message>
        <source>Only &amp;unread</source>
        <translation>Alleen &amp;ongelezen</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Dat record is er niet meer.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Unread: {line}</source>
        <translation>Ongelezen: {line}</translation>
    </message>
    <message>
        <source>What arrived from your group</source>
        <translation>Wat er van uw groep is binnengekomen</translation>
    </message>
    <message>
        <source>What your group added or changed since you last looked</source>
        <translation>Wat uw groep heeft toegevoegd of gewijzigd sinds u laatst keek</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Wat is er nieuw</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gisteren</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>iemand</translation>
    </message>
    <message>
        <source>{day} · {who}: {counts}</source>
        <translation>{day} · {who}: {counts}</translation>
    </message>
    <message>
        <source>{items} from your group</source>
        <translation>{items} van uw groep</translation>
    </message>
</context>
</TS>
