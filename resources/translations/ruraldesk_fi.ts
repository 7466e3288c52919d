<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en">
<context>
    <name>Attachments</name>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>No program to open this file</source>
        <translation>Ei ohjelmaa tämän tiedoston avaamiseen</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Tallenna kopio</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Tallenna kopio…</translation>
    </message>
    <message>
        <source>This computer has no program that opens “{name}”. You can save a copy and open it later with a program of your choice.</source>
        <translation>Tällä tietokoneella ei ole ohjelmaa, joka avaa tiedoston ”{name}”. Voit tallentaa kopion ja avata sen myöhemmin valitsemallasi ohjelmalla.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Advice service</source>
        <translation>Neuvontapalvelu</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Viranomainen</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Huono</translation>
    </message>
    <message>
        <source>Community cooperative</source>
        <translation>Kyläosuuskunta</translation>
    </message>
    <message>
        <source>Community foundation</source>
        <translation>Yhteisösäätiö</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Sopimus</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <source>Finance service</source>
        <translation>Rahoituspalvelu</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Hyvä</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Ohje</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Koti</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Lakisääteinen velvoite</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Oikeutetut edut</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Menetelmä</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Vaihteleva</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Matkapuhelin</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <source>Policy recommendation</source>
        <translation>Politiikkasuositus</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Yleisen edun mukainen tehtävä</translation>
    </message>
    <message>
        <source>Regional authority</source>
        <translation>Alueviranomainen</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Jaettu</translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation>Yhteiskunnallinen yritys</translation>
    </message>
    <message>
        <source>Support service</source>
        <translation>Tukipalvelu</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Malli</translation>
    </message>
    <message>
        <source>Third place</source>
        <translation>Kolmas paikka</translation>
    </message>
    <message>
        <source>Toolkit</source>
        <translation>Työkalupakki</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <source>Village association</source>
        <translation>Kyläyhdistys</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Elintärkeät edut</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Työ</translation>
    </message>
    <message>
        <source>Work integration enterprise</source>
        <translation>Työllistävä yritys</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <source>Attachment</source>
        <translation>Liite</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Liitteet</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteystieto</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Keskustelu</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Keskustelut</translation>
    </message>
    <message>
        <source>Linked contacts</source>
        <translation>Linkitetyt yhteystiedot</translation>
    </message>
    <message>
        <source>Linked practices</source>
        <translation>Linkitetyt käytännöt</translation>
    </message>
    <message>
        <source>Linked tools</source>
        <translation>Linkitetyt työkalut</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Uusi yhteystieto</translation>
    </message>
    <message>
        <source>New practice</source>
        <extracomment>the interface languages, each named in itself (never translated), in the order the EU lists its 24 official languages: alphabetical by that own name (български, español, čeština, …)</extracomment>
        <translation>Uusi käytäntö</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Uusi teema</translation>
    </message>
    <message>
        <source>New tool</source>
        <translation>Uusi työkalu</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Viestit</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Käytäntö</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Käytännöt</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Teema</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teemat</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Työkalu</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Työkalut</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Hylkää</translation>
    </message>
    <message>
        <source>&amp;Leave it deleted</source>
        <translation>&amp;Jätä poistetuksi</translation>
    </message>
    <message>
        <source>&amp;Merged value (edit, then save):</source>
        <translation>&amp;Yhdistetty arvo (muokkaa ja tallenna):</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Avaa tietue</translation>
    </message>
    <message>
        <source>&amp;Restore the record</source>
        <translation>&amp;Palauta tietue</translation>
    </message>
    <message>
        <source>&amp;Save merged value</source>
        <translation>&amp;Tallenna yhdistetty arvo</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>kinds whose stored values are codes or ids: shown by name, in the interface language</extracomment>
        <translation>(tyhjä)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(nimetön)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Ristiriidat</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Säilytä &amp;oma</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Säilytä &amp;muiden</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Yhdistetty arvo</translation>
    </message>
    <message>
        <source>No conflicts: everything your group changed fitted together.</source>
        <translation>Ei ristiriitoja: kaikki ryhmäsi muutokset sopivat yhteen.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Ei tallennettu: {error}</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Avoimet ristiriidat</translation>
    </message>
    <message>
        <source>Refused: {title} — {field}</source>
        <translation>Hylätty: {title} — {field}</translation>
    </message>
    <message>
        <source>Settled: “{title}” — {field}. Your choice is shared with the group at the next sync.</source>
        <translation>Ratkaistu: ”{title}” — {field}. Valintasi jaetaan ryhmälle seuraavassa synkronoinnissa.</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Muiden arvo</translation>
    </message>
    <message>
        <source>Theirs — by {who}, {when}</source>
        <translation>Muiden — {who}, {when}</translation>
    </message>
    <message>
        <source>When two people changed the same thing before syncing, the group server kept one value and set the other aside. Choose what the record should say; your choice is shared with everyone at the next sync.</source>
        <translation>Kun kaksi henkilöä muutti samaa asiaa ennen synkronointia, ryhmäpalvelin säilytti toisen arvon ja siirsi toisen syrjään. Valitse, mitä tietueessa lukee; valintasi jaetaan kaikille seuraavassa synkronoinnissa.</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Miksi palvelin hylkäsi sen</translation>
    </message>
    <message>
        <source>Your change ({when})</source>
        <translation>Oma muutoksesi ({when})</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Oma arvosi</translation>
    </message>
    <message>
        <source>Yours — by {who}, {when}</source>
        <translation>Oma — {who}, {when}</translation>
    </message>
    <message>
        <source>another member</source>
        <translation>toinen jäsen</translation>
    </message>
    <message>
        <source>deleted or kept</source>
        <translation>poistettu tai säilytetty</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>ryhmä</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>you</source>
        <translation>sinä</translation>
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
        <translation>(nimetön)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Peruuta muokkaus</translation>
    </message>
    <message>
        <source>Choose a record in the list, or press Ctrl+N to add one.</source>
        <translation>Valitse tietue luettelosta tai lisää uusi painamalla Ctrl+N.</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>the record now shown (None: none), for what sits beside it (ui/discussions: its comments)</extracomment>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Edit form</source>
        <translation>Muokkauslomake</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Muokkaa: {title}</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Tähdellä * merkityt kentät ovat pakollisia.</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Poistutaanko tallentamatta?</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Korjaa alla merkityt kentät.</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Ongelma kentässä {field}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Tietue</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pakollinen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Tallenna tietue</translation>
    </message>
    <message>
        <source>Your changes to this record are not saved. Leave the form and lose them?</source>
        <translation>Tietueeseen tekemiäsi muutoksia ei ole tallennettu. Poistutaanko lomakkeelta ja hylätäänkö muutokset?</translation>
    </message>
    <message>
        <source>created by {who}</source>
        <translation>luonut {who}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <extracomment>a member id as people read it (the group&apos;s member directory, store.news.name)</extracomment>
        <translation>roskakorissa</translation>
    </message>
    <message>
        <source>last changed {when} by {who}</source>
        <translation>muokattu viimeksi {when}, muokkaaja {who}</translation>
    </message>
    <message>
        <source>not on this computer yet</source>
        <translation>ei vielä tällä tietokoneella</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>poista</translation>
    </message>
    <message>
        <source>unlink</source>
        <translation>poista linkitys</translation>
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
        <translation>&amp;Liitteet:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Tietokansio:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Fonttikoko:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Käyttöliittymän kieli:</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>&amp;Kutsukoodi:</translation>
    </message>
    <message>
        <source>&amp;Phone region:</source>
        <translation>&amp;Puhelinalue:</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start.</source>
        <translation>Uutta tietokansiota käytetään seuraavasta käynnistyksestä alkaen.</translation>
    </message>
    <message>
        <source>Add your own practices, contacts and tools.</source>
        <translation>Lisää omia käytäntöjä, yhteystietoja ja työkaluja.</translation>
    </message>
    <message>
        <source>As&amp;k before a sync changes more than:</source>
        <translation>Kysy &amp;ennen kuin synkronointi muuttaa enemmän kuin:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Valitse tietokansio</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Sarakkeet</translation>
    </message>
    <message>
        <source>Connect to a group server</source>
        <translation>Yhdistä ryhmäpalvelimeen</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Tietokansio</translation>
    </message>
    <message>
        <source>Default data folder</source>
        <translation>Oletustietokansio</translation>
    </message>
    <message>
        <source>Demo records per collection</source>
        <translation>Esittelytietueita kokoelmaa kohden</translation>
    </message>
    <message>
        <source>Download when opened</source>
        <translation>Lataa avattaessa</translation>
    </message>
    <message>
        <source>Fictional practices, contacts and tools in seven languages, to try things out. You can delete them later.</source>
        <translation>Kuvitteellisia käytäntöjä, yhteystietoja ja työkaluja seitsemällä kielellä kokeilua varten. Voit poistaa ne myöhemmin.</translation>
    </message>
    <message>
        <source>Find records to link</source>
        <translation>Etsi linkitettäviä tietueita</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Kutsukoodi</translation>
    </message>
    <message>
        <source>Join your group&apos;s shared repository with the invitation code your coordinator sent you.</source>
        <translation>Liity ryhmäsi yhteiseen tietovarastoon koordinaattorin lähettämällä kutsukoodilla.</translation>
    </message>
    <message>
        <source>Keep all offline</source>
        <translation>Pidä kaikki käytettävissä offline-tilassa</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Lataa esittelytiedot</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Vain pyydettäessä</translation>
    </message>
    <message>
        <source>Records per collection:</source>
        <translation>Tietueita kokoelmaa kohden:</translation>
    </message>
    <message>
        <source>Records to link</source>
        <translation>Linkitettävät tietueet</translation>
    </message>
    <message>
        <source>RuralDesk keeps your group&apos;s practices, contacts and tools on this computer, and works without a connection. How would you like to start?</source>
        <translation>RuralDesk säilyttää ryhmäsi käytännöt, yhteystiedot ja työkalut tällä tietokoneella ja toimii ilman yhteyttä. Miten haluat aloittaa?</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>S&amp;ynkronointiväli:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>Show these columns:</source>
        <translation>Näytä nämä sarakkeet:</translation>
    </message>
    <message>
        <source>Start with an empty workspace</source>
        <translation>Aloita tyhjällä työtilalla</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Pysäytetään…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Järjestelmän kieli</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Järjestelmän koko</translation>
    </message>
    <message>
        <source>Type a name or a word to find records</source>
        <translation>Kirjoita nimi tai sana löytääksesi tietueita</translation>
    </message>
    <message>
        <source>Welcome to RuralDesk</source>
        <translation>Tervetuloa RuralDeskiin</translation>
    </message>
    <message>
        <source>added {when}</source>
        <translation>lisätty {when}</translation>
    </message>
    <message>
        <source>{title}: {done} of {total}</source>
        <translation>{title}: {done}/{total}</translation>
    </message>
</context>
<context>
    <name>Discussions</name>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n viesti</numerusform>
            <numerusform>%n viestiä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topics</source>
        <translation>
            <numerusform>%n aihe</numerusform>
            <numerusform>%n aihetta</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ei otsikkoa)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(ei kerrottu)</translation>
    </message>
    <message>
        <source>A topic needs a title and an opening post.</source>
        <translation>Aiheella on oltava otsikko ja aloitusviesti.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Liitä tiedostoja</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Liitä tiedostoja…</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Liitetty:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentit</translation>
    </message>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Kommentit (%n)</numerusform>
            <numerusform>Kommentit (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the discussion: {error}</source>
        <translation>Keskustelun vieminen ei onnistunut: {error}</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Tallentaminen ei onnistunut: {error}</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Luonnos säilytetty</translation>
    </message>
    <message>
        <source>Draft kept from {when}</source>
        <translation>Luonnos säilytetty ajalta {when}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Muokkaa</translation>
    </message>
    <message>
        <source>Edit your post</source>
        <translation>Muokkaa viestiäsi</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Vie Markdown-muodossa…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Vie PDF-muodossa…</translation>
    </message>
    <message>
        <source>Export the discussion</source>
        <translation>Vie keskustelu</translation>
    </message>
    <message>
        <source>Files to attach to this post</source>
        <translation>Tähän viestiin liitettävät tiedostot</translation>
    </message>
    <message>
        <source>Files to attach: {names}</source>
        <translation>Liitettävät tiedostot: {names}</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Koordinaattori piilotti: {reason}</translation>
    </message>
    <message>
        <source>Hidden from the group: {reason}</source>
        <translation>Piilotettu ryhmältä: {reason}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Piilota</translation>
    </message>
    <message>
        <source>Hide the discussion…</source>
        <translation>Piilota keskustelu…</translation>
    </message>
    <message>
        <source>Hide…</source>
        <translation>Piilota…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Kieli:</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Viimeisin toiminta</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>New &amp;topic…</source>
        <translation>Uusi &amp;aihe…</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Uusi aihe</translation>
    </message>
    <message>
        <source>New topic…</source>
        <translation>Uusi aihe…</translation>
    </message>
    <message>
        <source>No posts yet. Write the first one below.</source>
        <translation>Ei vielä viestejä. Kirjoita ensimmäinen alle.</translation>
    </message>
    <message>
        <source>No topics yet. Start one with New topic; comments on a practice, tool or contact are at the foot of its page.</source>
        <translation>Ei vielä aiheita. Aloita aihe valitsemalla Uusi aihe; käytännön, työkalun tai yhteystiedon kommentit ovat sen sivun alaosassa.</translation>
    </message>
    <message>
        <source>Not a reply</source>
        <translation>Ei vastaus</translation>
    </message>
    <message>
        <source>Not allowed: {reason}.</source>
        <translation>Ei sallittu: {reason}.</translation>
    </message>
    <message>
        <source>Opening post</source>
        <translation>Aloitusviesti</translation>
    </message>
    <message>
        <source>Opening post:</source>
        <translation>Aloitusviesti:</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Lähetä</translation>
    </message>
    <message>
        <source>Post it (Ctrl+Enter)</source>
        <translation>Lähetä (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Viesti poistettu</translation>
    </message>
    <message>
        <source>Posted. It goes to the group at the next sync.</source>
        <translation>Lähetetty. Viesti menee ryhmälle seuraavassa synkronoinnissa.</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Viestit</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Vastaa</translation>
    </message>
    <message>
        <source>Replying to a post</source>
        <translation>Vastaus viestiin</translation>
    </message>
    <message>
        <source>Replying to {name}</source>
        <translation>Vastaus käyttäjälle {name}</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier posts</source>
        <translation>
            <numerusform>Näytä %n aiempi viesti</numerusform>
            <numerusform>Näytä %n aiempaa viestiä</numerusform>
        </translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Näytä uudelleen</translation>
    </message>
    <message>
        <source>Show discussions</source>
        <translation>Näytä keskustelut</translation>
    </message>
    <message>
        <source>Start a discussion with the group</source>
        <translation>Aloita keskustelu ryhmän kanssa</translation>
    </message>
    <message>
        <source>Start a discussion with the group (Ctrl+Shift+D)</source>
        <translation>Aloita keskustelu ryhmän kanssa (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Aloittaja</translation>
    </message>
    <message>
        <source>The discussion was written to {path}.</source>
        <translation>Keskustelu kirjoitettiin kohteeseen {path}.</translation>
    </message>
    <message>
        <source>The earlier version stays in the post&apos;s history.</source>
        <translation>Aiempi versio säilyy viestin historiassa.</translation>
    </message>
    <message>
        <source>The opening post… *emphasis*, **strong**, - lists, [links](https://…), @member</source>
        <translation>Aloitusviesti… *kursiivi*, **lihavointi**, - luettelot, [linkit](https://…), @jäsen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Otsikko:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Aiheet</translation>
    </message>
    <message>
        <source>Version {n}, {when}, by {name}</source>
        <translation>Versio {n}, {when}, {name}</translation>
    </message>
    <message>
        <source>Versions of the post</source>
        <translation>Viestin versiot</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>Mistä on kyse?</translation>
    </message>
    <message>
        <source>Why is it hidden? Everyone sees the reason in its place.</source>
        <translation>Miksi se piilotetaan? Kaikki näkevät syyn sen paikalla.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>Withdraw this post? Its text goes from the thread; its earlier versions stay in its history.</source>
        <translation>Perutaanko tämä viesti? Sen teksti poistuu ketjusta; aiemmat versiot säilyvät historiassa.</translation>
    </message>
    <message>
        <source>Withdraw your post</source>
        <translation>Peru viestisi</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Kirjoittaja perui viestin.</translation>
    </message>
    <message>
        <source>Write a post… *emphasis*, **strong**, - lists, [links](https://…), @member (Ctrl+Enter posts)</source>
        <translation>Kirjoita viesti… *kursiivi*, **lihavointi**, - luettelot, [linkit](https://…), @jäsen (Ctrl+Enter lähettää)</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Kirjoita ensin jotain.</translation>
    </message>
    <message>
        <source>Write to the whole thread instead (Escape)</source>
        <translation>Kirjoita sen sijaan koko ketjuun (Esc)</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>Oma viestisi</translation>
    </message>
    <message>
        <source>a discussion&apos;s rules do not allow this change</source>
        <translation>keskustelun säännöt eivät salli tätä muutosta</translation>
    </message>
    <message>
        <source>a post needs some text</source>
        <translation>viestissä on oltava tekstiä</translation>
    </message>
    <message>
        <source>a removed post</source>
        <translation>poistettu viesti</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>muokattu</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>vastaus käyttäjälle {name}</translation>
    </message>
    <message>
        <source>only a coordinator can hide a post or a discussion</source>
        <translation>vain koordinaattori voi piilottaa viestin tai keskustelun</translation>
    </message>
    <message>
        <source>only its author can edit or withdraw a post</source>
        <extracomment>what a discussion write changes, for the views</extracomment>
        <translation>vain viestin kirjoittaja voi muokata tai perua sen</translation>
    </message>
    <message>
        <source>only the member who started a discussion can change its title, themes or language</source>
        <translation>vain keskustelun aloittanut jäsen voi muuttaa sen otsikkoa, teemoja tai kieltä</translation>
    </message>
    <message>
        <source>started by {name}</source>
        <translation>aloittaja {name}</translation>
    </message>
    <message>
        <source>{title} (hidden)</source>
        <translation>{title} (piilotettu)</translation>
    </message>
    <message>
        <source>{title} · {count} new</source>
        <translation>{title} · uusia {count}</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>(choose)</source>
        <translation>(valitse)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ei mitään)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tyhjennä</translation>
    </message>
    <message>
        <source>No date</source>
        <extracomment>where the calendar opens when no date is set; the form points an end date at its start</extracomment>
        <translation>Ei päivämäärää</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Type and press Enter</source>
        <translation>Kirjoita ja paina Enter</translation>
    </message>
    <message>
        <source>add</source>
        <translation>lisää</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>tyhjennä</translation>
    </message>
    <message>
        <source>list</source>
        <translation>luettelo</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>poista</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>lisättävä</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tyyppi</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Activities</source>
        <translation>Toiminta</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Liitteet</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Kohderyhmä</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Kirjoittaja</translation>
    </message>
    <message>
        <source>Broader theme</source>
        <translation>Ylempi teema</translation>
    </message>
    <message>
        <source>Comments on</source>
        <translation>Kommentoitava kohde</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Suostumuksen päivämäärä</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Suostumuksen lähde</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Tausta</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuutta</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Keskustelu</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Sähköpostiosoitteet</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Päättymispäivä</translation>
    </message>
    <message>
        <source>Expertise themes</source>
        <translation>Asiantuntemuksen teemat</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Tiedostonimi</translation>
    </message>
    <message>
        <source>Full name of a person, or the name of an organisation</source>
        <translation>Henkilön koko nimi tai organisaation nimi</translation>
    </message>
    <message>
        <source>Funding amount</source>
        <translation>Rahoituksen määrä</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Rahoituslähde</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Group member</source>
        <translation>Ryhmän jäsen</translation>
    </message>
    <message>
        <source>Hidden because</source>
        <translation>Piilotuksen syy</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>Vastaus viestiin</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Käsittelyperuste</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Opitut asiat</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Linkit</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Mediatyyppi</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Maininnat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <source>Obstacles (legal / policy)</source>
        <translation>Esteet (oikeudelliset / poliittiset)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Organisation types</source>
        <translation>Organisaatiotyypit</translation>
    </message>
    <message>
        <source>Partners (incl. authorities)</source>
        <translation>Kumppanit (myös viranomaiset)</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Puhelinnumerot</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Related contacts</source>
        <translation>Liittyvät yhteystiedot</translation>
    </message>
    <message>
        <source>Related tools</source>
        <translation>Liittyvät työkalut</translation>
    </message>
    <message>
        <source>Removed posts</source>
        <translation>Poistetut viestit</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Tulokset</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Tarkistajan huomautus</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Koko (tavua)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Alkamispäivä</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Aloittaja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tiivistelmä</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <source>The person&apos;s member name in the group: their posts are then part of their data</source>
        <translation>Henkilön jäsennimi ryhmässä: hänen viestinsä kuuluvat silloin hänen tietoihinsa</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teemat</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Town / village</source>
        <translation>Kunta / kylä</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Siirrettävyys</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Verkkosivusto</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Tapahtumaloki</translation>
    </message>
    <message>
        <source>&amp;Cancel the invitation</source>
        <translation>&amp;Peru kutsu</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopioi</translation>
    </message>
    <message>
        <source>&amp;Export everything about this person…</source>
        <translation>&amp;Vie kaikki tämän henkilön tiedot…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tiedosto:</translation>
    </message>
    <message>
        <source>&amp;Hand a file to the server…</source>
        <translation>Välitä tiedo&amp;sto palvelimelle…</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>K&amp;utsut</translation>
    </message>
    <message>
        <source>&amp;Invite someone…</source>
        <translation>&amp;Kutsu joku…</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Jäsenet</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Newest entries</source>
        <translation>Uusimmat &amp;merkinnät</translation>
    </message>
    <message>
        <source>&amp;Older entries</source>
        <translation>&amp;Vanhemmat merkinnät</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisaatio:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Salalause:</translation>
    </message>
    <message>
        <source>&amp;People&apos;s data</source>
        <translation>&amp;Henkilötiedot</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rooli:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Voimassa:</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 päivä</translation>
    </message>
    <message>
        <source>1 week</source>
        <extracomment>how long an invitation can be redeemed, in hours</extracomment>
        <translation>1 viikko</translation>
    </message>
    <message>
        <source>A revoked token stops syncing at once: that computer keeps its copy but can no longer send or receive. Tick the computers to cut off.</source>
        <translation>Peruttu pääsytunnus lopettaa synkronoinnin heti: tietokone säilyttää kopionsa, mutta ei voi enää lähettää eikä vastaanottaa. Valitse tietokoneet, joiden yhteys katkaistaan.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>Added a member</source>
        <translation>Lisäsi jäsenen</translation>
    </message>
    <message>
        <source>Asking the server who you are…</source>
        <translation>Palvelimelta kysytään, kuka olet…</translation>
    </message>
    <message>
        <source>At {url}</source>
        <translation>Osoitteessa {url}</translation>
    </message>
    <message>
        <source>At {url} · you are: {role}</source>
        <translation>Osoitteessa {url} · roolisi: {role}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Tapahtumaloki</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Valitse…</translation>
    </message>
    <message>
        <source>Cancel the invitation</source>
        <translation>Peru kutsu</translation>
    </message>
    <message>
        <source>Cancel the invitation for {name}? The code stops working at once; you can invite them again later.</source>
        <translation>Perutaanko henkilön {name} kutsu? Koodi lakkaa toimimasta heti; voit kutsua hänet myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>Cancelled an invitation</source>
        <translation>Perui kutsun</translation>
    </message>
    <message>
        <source>Cancelling the invitation…</source>
        <translation>Perutaan kutsua…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Vaihda &amp;rooli…</translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation>Vaihda henkilön {name} rooli</translation>
    </message>
    <message>
        <source>Changed a member</source>
        <translation>Muutti jäsentä</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>Vaihdetaan roolia…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Valitse tiedosto</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinaattori</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopioitu</translation>
    </message>
    <message>
        <source>Copy the invitation code</source>
        <translation>Kopioi kutsukoodi</translation>
    </message>
    <message>
        <source>Create the invitation</source>
        <translation>Luo kutsu</translation>
    </message>
    <message>
        <source>Creating the invitation…</source>
        <translation>Luodaan kutsua…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>Poista henkilö p&amp;ysyvästi…</translation>
    </message>
    <message>
        <source>Erase on every replica</source>
        <translation>Poista pysyvästi jokaisesta paikallisesta kopiosta</translation>
    </message>
    <message>
        <source>Erase “{name}”</source>
        <translation>Poista pysyvästi ”{name}”</translation>
    </message>
    <message>
        <source>Erase “{name}” from the whole group? This cannot be undone. It is erased here and sent to the server at once; every member&apos;s copy of RuralDesk erases it at its next sync:</source>
        <translation>Poistetaanko ”{name}” pysyvästi koko ryhmältä? Tätä ei voi kumota. Se poistetaan täältä ja lähetetään heti palvelimelle; jokaisen jäsenen RuralDesk poistaa sen seuraavassa synkronoinnissa:</translation>
    </message>
    <message>
        <source>Erased a record</source>
        <translation>Poisti tietueen pysyvästi</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Poistetaan pysyvästi…</translation>
    </message>
    <message>
        <source>Everything about {name} was written to {path}.</source>
        <translation>Kaikki henkilön {name} tiedot kirjoitettiin kohteeseen {path}.</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Vie kaikki henkilön {name} tiedot</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Viedään…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Etsi henkilö</translation>
    </message>
    <message>
        <source>Give {name} this code. In RuralDesk they choose Sync → Set up sync… and paste it, or scan the picture with a phone and send it to themselves. It works once, until {expires}.</source>
        <translation>Anna tämä koodi henkilölle {name}. Hän valitsee RuralDeskissä Synkronointi → Määritä synkronointi… ja liittää koodin tai kuvaa kuvan puhelimella ja lähettää sen itselleen. Koodi toimii kerran, {expires} asti.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <source>Group window status</source>
        <translation>Ryhmäikkunan tila</translation>
    </message>
    <message>
        <source>Group “{group}”</source>
        <translation>Ryhmä ”{group}”</translation>
    </message>
    <message>
        <source>Hand a file to the server</source>
        <translation>Välitä tiedosto palvelimelle</translation>
    </message>
    <message>
        <source>Hand to the server</source>
        <translation>Välitä palvelimelle</translation>
    </message>
    <message>
        <source>Handing the file to the server…</source>
        <translation>Välitetään tiedostoa palvelimelle…</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Kutsukoodi</translation>
    </message>
    <message>
        <source>Invitation code as a QR code</source>
        <translation>Kutsukoodi QR-koodina</translation>
    </message>
    <message>
        <source>Invitation for {name}</source>
        <translation>Kutsu henkilölle {name}</translation>
    </message>
    <message>
        <source>Invitation for {name} cancelled.</source>
        <translation>Henkilön {name} kutsu peruttu.</translation>
    </message>
    <message>
        <source>Invitation for {name} created.</source>
        <translation>Kutsu henkilölle {name} luotu.</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <translation>Kutsu joku</translation>
    </message>
    <message>
        <source>Invited someone</source>
        <translation>Kutsui jonkun</translation>
    </message>
    <message>
        <source>Issued a token</source>
        <translation>Myönsi pääsytunnuksen</translation>
    </message>
    <message>
        <source>Its attachments: none</source>
        <translation>Sen liitteet: ei mitään</translation>
    </message>
    <message>
        <source>Its attachments: {names}</source>
        <translation>Sen liitteet: {names}</translation>
    </message>
    <message>
        <source>Its history, with the values it held (changes recorded: {count})</source>
        <translation>Sen historia ja arvot, joita sillä oli (muutoksia kirjattu: {count})</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-tiedostot (*.json)</translation>
    </message>
    <message>
        <source>Joined the group, but the token could not be kept: {error}</source>
        <extracomment>starts network work off the UI thread: Operations.run, or the worker itself</extracomment>
        <translation>Liityit ryhmään, mutta pääsytunnusta ei voitu säilyttää: {error}</translation>
    </message>
    <message>
        <source>Joined with an invitation</source>
        <translation>Liittyi kutsulla</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Viimeisin synkronointi</translation>
    </message>
    <message>
        <source>Links to it from other records: none</source>
        <translation>Linkit siihen muista tietueista: ei mitään</translation>
    </message>
    <message>
        <source>Links to it from {records} ({count}): {titles}</source>
        <translation>Linkit siihen: {records} ({count}): {titles}</translation>
    </message>
    <message>
        <source>Listing what the erasure removes…</source>
        <translation>Kootaan luetteloa siitä, mitä pysyvä poisto poistaa…</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Ladataan tapahtumalokia…</translation>
    </message>
    <message>
        <source>Loading the member&apos;s tokens…</source>
        <translation>Ladataan jäsenen pääsytunnuksia…</translation>
    </message>
    <message>
        <source>Loading the members…</source>
        <translation>Ladataan jäseniä…</translation>
    </message>
    <message>
        <source>Loading the open invitations…</source>
        <translation>Ladataan avoimia kutsuja…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Jäsen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Jäsenet</translation>
    </message>
    <message>
        <source>Members see the new name after their next sync; the group&apos;s address stays.</source>
        <translation>Jäsenet näkevät uuden nimen seuraavan synkronointinsa jälkeen; ryhmän osoite säilyy.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Not connected to a group server.</source>
        <translation>Ei yhteyttä ryhmäpalvelimeen.</translation>
    </message>
    <message>
        <source>Not done: {why}</source>
        <translation>Ei tehty: {why}</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied} and already had {already}.</source>
        <translation>Muutoksia tiedostossa: {total}; palvelin otti käyttöön {applied}, ja {already} sillä oli jo.</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied}, already had {already} and refused {refused}: {reasons}.</source>
        <translation>Muutoksia tiedostossa: {total}; palvelin otti käyttöön {applied}, {already} sillä oli jo ja {refused} se hylkäsi: {reasons}.</translation>
    </message>
    <message>
        <source>Only the group&apos;s coordinators can invite people, change roles or remove members. Ask one of them.</source>
        <translation>Vain ryhmän koordinaattorit voivat kutsua henkilöitä, vaihtaa rooleja tai poistaa jäseniä. Pyydä joltakulta heistä.</translation>
    </message>
    <message>
        <source>Open invitations</source>
        <translation>Avoimet kutsut</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Henkilöt</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Lataa uudelleen</translation>
    </message>
    <message>
        <source>Re&amp;move from the group…</source>
        <translation>P&amp;oista ryhmästä…</translation>
    </message>
    <message>
        <source>Re&amp;name the group…</source>
        <translation>&amp;Nimeä ryhmä uudelleen…</translation>
    </message>
    <message>
        <source>Re&amp;voke tokens…</source>
        <translation>Peru &amp;pääsytunnuksia…</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Lukija</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Poista {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the group</source>
        <translation>Poista {name} ryhmästä</translation>
    </message>
    <message>
        <source>Remove {name} from the group? Their tokens stop working at once and they no longer receive the group&apos;s records. Everything they added or changed stays, under their name.</source>
        <translation>Poistetaanko {name} ryhmästä? Hänen pääsytunnuksensa lakkaavat toimimasta heti, eikä hän enää saa ryhmän tietueita. Kaikki, mitä hän lisäsi tai muutti, säilyy hänen nimissään.</translation>
    </message>
    <message>
        <source>Removed a member</source>
        <translation>Poisti jäsenen</translation>
    </message>
    <message>
        <source>Removing the member…</source>
        <translation>Poistetaan jäsentä…</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>Nimeä ryhmä uudelleen</translation>
    </message>
    <message>
        <source>Renamed the group</source>
        <translation>Nimesi ryhmän uudelleen</translation>
    </message>
    <message>
        <source>Renaming the group…</source>
        <translation>Nimetään ryhmää uudelleen…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>Revoke tokens of {name}</source>
        <translation>Peru henkilön {name} pääsytunnuksia</translation>
    </message>
    <message>
        <source>Revoked a token</source>
        <translation>Perui pääsytunnuksen</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Perutaan…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Send the changes in a hand-over file someone brought straight to the server</source>
        <translation>Lähetä jonkun tuoman välitystiedoston muutokset suoraan palvelimelle</translation>
    </message>
    <message>
        <source>The changes in the file go to the server under the names of the people who made them; this computer gets them at its next sync, like everyone. Changes the server already has are not taken twice.</source>
        <translation>Tiedoston muutokset menevät palvelimelle niiden tekijöiden nimissä; tämä tietokone saa ne seuraavassa synkronoinnissaan kuten kaikki muutkin. Muutoksia, jotka palvelimella jo on, ei oteta kahdesti.</translation>
    </message>
    <message>
        <source>The code is on the clipboard.</source>
        <translation>Koodi on leikepöydällä.</translation>
    </message>
    <message>
        <source>The contact “{name}” and every field value it had</source>
        <translation>Yhteystieto ”{name}” ja kaikki sen kenttien arvot</translation>
    </message>
    <message>
        <source>The discussion about this contact, with its posts ({count})</source>
        <translation>Tätä yhteystietoa koskeva keskustelu viesteineen ({count})</translation>
    </message>
    <message>
        <source>The file holds no changes; nothing was sent.</source>
        <translation>Tiedostossa ei ole muutoksia; mitään ei lähetetty.</translation>
    </message>
    <message>
        <source>The five words given with the file, separately from it.</source>
        <translation>Viisi sanaa, jotka sait tiedostosta erikseen.</translation>
    </message>
    <message>
        <source>The group is now called “{name}”.</source>
        <translation>Ryhmän nimi on nyt ”{name}”.</translation>
    </message>
    <message>
        <source>The invitation gives one person a place in the group. They paste the code into RuralDesk (Sync → Set up sync…) on their computer; it works once.</source>
        <translation>Kutsu antaa yhdelle henkilölle paikan ryhmässä. Hän liittää koodin RuralDeskiin (Synkronointi → Määritä synkronointi…) omalla tietokoneellaan; koodi toimii kerran.</translation>
    </message>
    <message>
        <source>The person is also named in the text of {count} other records. That text is not changed: review it after the erasure (the export lists where).</source>
        <translation>Henkilö mainitaan myös {count} muun tietueen tekstissä. Tätä tekstiä ei muuteta: tarkista se pysyvän poiston jälkeen (vienti kertoo, missä).</translation>
    </message>
    <message>
        <source>Their own posts in the group&apos;s discussions ({count}); the threads stay and show “post removed”</source>
        <translation>Hänen omat viestinsä ryhmän keskusteluissa ({count}); ketjut säilyvät ja näyttävät ”viesti poistettu”</translation>
    </message>
    <message>
        <source>This member has no token in use.</source>
        <translation>Tällä jäsenellä ei ole käytössä olevaa pääsytunnusta.</translation>
    </message>
    <message>
        <source>This workspace is not connected to a group server. Use Sync → Set up sync… with the invitation code your coordinator gave you.</source>
        <translation>Tätä työtilaa ei ole yhdistetty ryhmäpalvelimeen. Valitse Synkronointi → Määritä synkronointi… ja käytä koordinaattoriltasi saamaasi kutsukoodia.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Pääsytunnukset</translation>
    </message>
    <message>
        <source>Tokens revoked for {name}: {count}.</source>
        <translation>Henkilön {name} pääsytunnuksia peruttu: {count}.</translation>
    </message>
    <message>
        <source>Type a name, an e-mail or a phone number</source>
        <translation>Kirjoita nimi, sähköpostiosoite tai puhelinnumero</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Voimassa asti</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Mitä tapahtuu</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>When a person asks what the group holds about them, or asks to be forgotten (GDPR articles 15 and 17), find them here.</source>
        <extracomment>contacts listed at once (a search narrows them down)</extracomment>
        <translation>Kun henkilö kysyy, mitä tietoja ryhmällä on hänestä, tai pyytää tietojensa poistamista (GDPR:n 15 ja 17 artikla), etsi hänet täältä.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Käsitellään</translation>
    </message>
    <message>
        <source>adds and edits the group&apos;s records</source>
        <translation>lisää ja muokkaa ryhmän tietueita</translation>
    </message>
    <message>
        <source>as the group will see it</source>
        <translation>sellaisena kuin ryhmä sen näkee</translation>
    </message>
    <message>
        <source>manages the group: members, invitations, erasure</source>
        <translation>hallinnoi ryhmää: jäsenet, kutsut, pysyvä poisto</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ei koskaan</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valinnainen</translation>
    </message>
    <message>
        <source>reads the group&apos;s records, changes nothing</source>
        <translation>lukee ryhmän tietueita, ei muuta mitään</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <extracomment>audit entries per page (&quot;Older entries&quot; asks for the next page)</extracomment>
        <translation>tiedostoa ei voi lukea ({reason})</translation>
    </message>
    <message>
        <source>the server did not accept this computer&apos;s token; ask your coordinator for a new invitation</source>
        <translation>palvelin ei hyväksynyt tämän tietokoneen pääsytunnusta; pyydä koordinaattoriltasi uusi kutsu</translation>
    </message>
    <message>
        <source>unnamed computer</source>
        <translation>nimetön tietokone</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} päivää</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} viikkoa</translation>
    </message>
    <message>
        <source>{label}, since {when}</source>
        <translation>{label}, {when} alkaen</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (sinä)</translation>
    </message>
    <message>
        <source>{name} is no longer a member; their records stay.</source>
        <translation>{name} ei ole enää jäsen; hänen tietueensa säilyvät.</translation>
    </message>
    <message>
        <source>{name} is now: {role}.</source>
        <translation>{name} on nyt: {role}.</translation>
    </message>
    <message>
        <source>“{name}” was erased here; the erasure goes to the server with this sync and reaches every replica at its next sync.</source>
        <translation>”{name}” poistettiin pysyvästi täältä; poisto lähtee palvelimelle tässä synkronoinnissa ja saavuttaa jokaisen paikallisen kopion sen seuraavassa synkronoinnissa.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Applied: {applied}. Already here: {duplicates}. To pass on to the server: {held}. Refused: {refused}.</source>
        <translation>Otettu käyttöön: {applied}. Jo täällä: {duplicates}. Välitettävänä palvelimelle: {held}. Hylätty: {refused}.</translation>
    </message>
    <message>
        <source>Changes written: {count}, to {path}.

Passphrase (shown only now): {words}</source>
        <translation>Muutoksia kirjoitettu: {count}, kohteeseen {path}.

Salalause (näytetään vain nyt): {words}</translation>
    </message>
    <message>
        <source>Connect this computer to the group&apos;s server once before handing changes over.</source>
        <translation>Yhdistä tämä tietokone kerran ryhmän palvelimeen ennen kuin välität muutoksia.</translation>
    </message>
    <message>
        <source>Export changes for another computer…</source>
        <translation>Vie muutokset toiselle tietokoneelle…</translation>
    </message>
    <message>
        <source>Exporting changes</source>
        <translation>Viedään muutoksia</translation>
    </message>
    <message>
        <source>Hand-over files (*.rdrelay);;All files (*)</source>
        <translation>Välitystiedostot (*.rdrelay);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Import changes from a file…</source>
        <translation>Tuo muutokset tiedostosta…</translation>
    </message>
    <message>
        <source>Importing changes</source>
        <translation>Tuodaan muutoksia</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Mitään ei muutettu: {reason}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Salalause</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Keskeytetty. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The file is cut short: it was not copied completely.</source>
        <translation>Tiedosto on vajaa: sitä ei kopioitu kokonaan.</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was made.</source>
        <translation>Tiedostoa on muutettu tai se on vaurioitunut sen tekemisen jälkeen.</translation>
    </message>
    <message>
        <source>The file will be locked with these words (change them if you like). Give them to the person who imports it, separately from the file.</source>
        <translation>Tiedosto lukitaan näillä sanoilla (voit muuttaa niitä). Anna ne tiedoston tuovalle henkilölle erikseen tiedostosta.</translation>
    </message>
    <message>
        <source>The passphrase does not open this file: check the words and try again.</source>
        <translation>Salalause ei avaa tätä tiedostoa: tarkista sanat ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>This file holds changes of another group.</source>
        <translation>Tässä tiedostossa on toisen ryhmän muutoksia.</translation>
    </message>
    <message>
        <source>This is not a RuralDesk hand-over file.</source>
        <translation>Tämä ei ole RuralDeskin välitystiedosto.</translation>
    </message>
    <message>
        <source>Type the words the file was locked with.</source>
        <translation>Kirjoita sanat, joilla tiedosto lukittiin.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>About RuralDesk</source>
        <translation>Tietoja RuralDeskistä</translation>
    </message>
    <message>
        <source>An offline-first organiser of practices, contacts and tools for rural social-economy groups: village associations, cooperatives, social enterprises, third places and the authorities that work with them.</source>
        <translation>Ensisijaisesti ilman verkkoyhteyttä toimiva työväline käytäntöjen, yhteystietojen ja työkalujen järjestämiseen maaseudun yhteisötalouden toimijoille: kyläyhdistyksille, osuuskunnille, yhteiskunnallisille yrityksille, kolmansille paikoille ja niiden kanssa toimiville viranomaisille.</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lisenssi:</translation>
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
        <translation>RuralDeskin käyttöopas</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of RuralDesk. It is online at {url}</source>
        <translation>Käyttöopasta ei ole asennettu tämän RuralDesk-kopion mukana. Se on verkossa osoitteessa {url}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Käyttöopas</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Työtila:</translation>
    </message>
</context>
<context>
    <name>IO</name>
    <message>
        <source>Comments on {title}</source>
        <translation>Kommentit: {title}</translation>
    </message>
    <message>
        <source>DejaVu Sans is not installed: the PDF uses Helvetica, which cannot print letters outside Western Europe (Polish, Greek…); install fonts-dejavu</source>
        <translation>DejaVu Sans -fonttia ei ole asennettu: PDF käyttää Helveticaa, joka ei pysty tulostamaan Länsi-Euroopan ulkopuolisia kirjaimia (puola, kreikka…); asenna fonts-dejavu</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Keskustelu</translation>
    </message>
    <message>
        <source>Google Contacts export</source>
        <translation>Google Contacts -vienti</translation>
    </message>
    <message>
        <source>Google Contacts export (Outlook CSV)</source>
        <translation>Google Contacts -vienti (Outlook CSV)</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Koordinaattori piilotti: {reason}</translation>
    </message>
    <message>
        <source>Outlook export</source>
        <translation>Outlook-vienti</translation>
    </message>
    <message>
        <source>Phone ({type}): {number}</source>
        <translation>Puhelin ({type}): {number}</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Viesti poistettu</translation>
    </message>
    <message>
        <source>Posts: {count}</source>
        <translation>Viestejä: {count}</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation>Alue: {region}</translation>
    </message>
    <message>
        <source>Started by {name}, {when}</source>
        <translation>Aloittaja {name}, {when}</translation>
    </message>
    <message>
        <source>Thunderbird address book export</source>
        <translation>Thunderbirdin osoitekirjan vienti</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Kirjoittaja perui viestin.</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>GIF-kuva</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>JPEG-kuva</translation>
    </message>
    <message>
        <source>a PDF document, not a table or an address book</source>
        <translation>PDF-asiakirja, ei taulukko tai osoitekirja</translation>
    </message>
    <message>
        <source>a PNG picture</source>
        <translation>PNG-kuva</translation>
    </message>
    <message>
        <source>a Windows program, not a data file</source>
        <translation>Windows-ohjelma, ei datatiedosto</translation>
    </message>
    <message>
        <source>a ZIP archive (an .xlsx or .ods spreadsheet?); save it as CSV from the spreadsheet first</source>
        <translation>ZIP-arkisto (.xlsx- tai .ods-laskentataulukko?); tallenna se ensin CSV-muodossa taulukkolaskentaohjelmassa</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>tiedosto</translation>
    </message>
    <message>
        <source>a gzip-compressed file; uncompress it first</source>
        <translation>gzip-pakattu tiedosto; pura se ensin</translation>
    </message>
    <message>
        <source>a program, not a data file</source>
        <translation>ohjelma, ei datatiedosto</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed</source>
        <translation>tämän rivin lainausmerkkiä (&quot;) ei koskaan suljeta</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed on its line</source>
        <translation>tämän rivin lainausmerkkiä (&quot;) ei suljeta samalla rivillä</translation>
    </message>
    <message>
        <source>a quoted cell has text after its closing quote and the row does not have as many cells as the header</source>
        <translation>lainausmerkeissä olevassa solussa on tekstiä sulkevan lainausmerkin jälkeen, eikä rivillä ole yhtä monta solua kuin otsikkorivillä</translation>
    </message>
    <message>
        <source>a second address is not imported (only one address is kept)</source>
        <translation>toista osoitetta ei tuoda (vain yksi osoite säilytetään)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>taulukko</translation>
    </message>
    <message>
        <source>a vCard file</source>
        <translation>vCard-tiedosto</translation>
    </message>
    <message>
        <source>address country not recognised</source>
        <translation>osoitteen maata ei tunnistettu</translation>
    </message>
    <message>
        <source>an SQLite database (to bring back a whole workspace use restore)</source>
        <translation>SQLite-tietokanta (koko työtilan palauttamiseen käytä palautusta)</translation>
    </message>
    <message>
        <source>an alternative (ALTID {altid}) of a value already kept</source>
        <translation>vaihtoehto (ALTID {altid}) jo säilytetylle arvolle</translation>
    </message>
    <message>
        <source>an old Office document (.xls or .doc); save it as CSV from the spreadsheet first</source>
        <translation>vanha Office-asiakirja (.xls tai .doc); tallenna se ensin CSV-muodossa taulukkolaskentaohjelmassa</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>tiedostoa {name} ei voi lukea: {reason}</translation>
    </message>
    <message>
        <source>category is not a theme of this workspace</source>
        <translation>luokka ei ole tämän työtilan teema</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>sarake {number}</translation>
    </message>
    <message>
        <source>edited {when}</source>
        <translation>muokattu {when}</translation>
    </message>
    <message>
        <source>group “{group}” is not a theme of this workspace; not imported</source>
        <translation>ryhmä ”{group}” ei ole tämän työtilan teema; ei tuotu</translation>
    </message>
    <message>
        <source>has {cells} cells but the header names {columns} columns; the extra cells would be lost</source>
        <translation>rivillä on {cells} solua, mutta otsikkorivi nimeää {columns} saraketta; ylimääräiset solut menetettäisiin</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>vastaus käyttäjälle {name}</translation>
    </message>
    <message>
        <source>it holds a file its manifest does not list (“{file}”)</source>
        <translation>se sisältää tiedoston, jota sen luettelotiedosto ei mainitse (”{file}”)</translation>
    </message>
    <message>
        <source>it holds the file “{file}” twice</source>
        <translation>se sisältää tiedoston ”{file}” kahdesti</translation>
    </message>
    <message>
        <source>it lists {count} attachment files, more than the {limit} a backup may hold</source>
        <translation>se luettelee {count} liitetiedostoa, enemmän kuin varmuuskopioon mahtuvat {limit}</translation>
    </message>
    <message>
        <source>it would unpack to {size}, more than the {limit} a restore may write</source>
        <translation>se purkautuisi kokoon {size}, enemmän kuin palautus saa kirjoittaa ({limit})</translation>
    </message>
    <message>
        <source>its manifest does not describe the replica file properly</source>
        <translation>sen luettelotiedosto ei kuvaa paikallisen kopion tiedostoa oikein</translation>
    </message>
    <message>
        <source>its manifest does not give its counts properly</source>
        <translation>sen luettelotiedosto ei ilmoita määriä oikein</translation>
    </message>
    <message>
        <source>its manifest does not list the attachments properly</source>
        <translation>sen luettelotiedosto ei luettele liitteitä oikein</translation>
    </message>
    <message>
        <source>its manifest is larger than any backup&apos;s</source>
        <translation>sen luettelotiedosto on suurempi kuin minkään varmuuskopion</translation>
    </message>
    <message>
        <source>its manifest is not a list of named values</source>
        <translation>sen luettelotiedosto ei ole nimettyjen arvojen luettelo</translation>
    </message>
    <message>
        <source>its manifest lists the attachment {file}… twice</source>
        <translation>sen luettelotiedosto mainitsee liitteen {file}… kahdesti</translation>
    </message>
    <message>
        <source>its manifest names an attachment “{file}” that is not a checksum</source>
        <translation>sen luettelotiedosto nimeää liitteen ”{file}”, joka ei ole tarkistussumma</translation>
    </message>
    <message>
        <source>language not recognised</source>
        <translation>kieltä ei tunnistettu</translation>
    </message>
    <message>
        <source>looks like card {number} of this file ({reason})</source>
        <translation>näyttää samalta kuin tämän tiedoston kortti {number} ({reason})</translation>
    </message>
    <message>
        <source>looks like row {number} of this file ({reason})</source>
        <translation>näyttää samalta kuin tämän tiedoston rivi {number} ({reason})</translation>
    </message>
    <message>
        <source>looks like “{title}” already here ({reason})</source>
        <translation>näyttää samalta kuin jo olemassa oleva ”{title}” ({reason})</translation>
    </message>
    <message>
        <source>name prefix not imported</source>
        <translation>nimen etuliitettä ei tuotu</translation>
    </message>
    <message>
        <source>name suffix not imported</source>
        <translation>nimen jälkiliitettä ei tuotu</translation>
    </message>
    <message>
        <source>no matching field</source>
        <translation>ei vastaavaa kenttää</translation>
    </message>
    <message>
        <source>no practice to write (the search or filters match none); {out} was not written</source>
        <translation>ei kirjoitettavia käytäntöjä (haku tai suodattimet eivät löydä yhtään); tiedostoa {out} ei kirjoitettu</translation>
    </message>
    <message>
        <source>only one address is kept</source>
        <translation>vain yksi osoite säilytetään</translation>
    </message>
    <message>
        <source>only one name is kept</source>
        <translation>vain yksi nimi säilytetään</translation>
    </message>
    <message>
        <source>only one organisation is kept</source>
        <translation>vain yksi organisaatio säilytetään</translation>
    </message>
    <message>
        <source>only one role is kept</source>
        <translation>vain yksi rooli säilytetään</translation>
    </message>
    <message>
        <source>only one web address is kept</source>
        <translation>vain yksi verkko-osoite säilytetään</translation>
    </message>
    <message>
        <source>phone label not kept (the number is imported)</source>
        <translation>puhelinnumeron nimikettä ei säilytetty (numero tuodaan)</translation>
    </message>
    <message>
        <source>phone {number} has no country code and no region is set to read it with; kept in the notes (set the workspace&apos;s phone region, or --default-region)</source>
        <translation>puhelinnumerossa {number} ei ole maatunnusta eikä sen tulkintaan ole asetettu aluetta; säilytetty muistiinpanoissa (aseta työtilan puhelinalue tai --default-region)</translation>
    </message>
    <message>
        <source>phone {number} written as {written} (numbers without a country code read as {region})</source>
        <translation>puhelinnumero {number} kirjoitettu muotoon {written} (maatunnuksettomat numerot tulkitaan alueella {region})</translation>
    </message>
    <message>
        <source>region “{region}” is not a NUTS region we know; kept in the notes</source>
        <translation>alue ”{region}” ei ole tuntemamme NUTS-alue; säilytetty muistiinpanoissa</translation>
    </message>
    <message>
        <source>same e-mail {email}</source>
        <translation>sama sähköposti {email}</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>sama nimi</translation>
    </message>
    <message>
        <source>same phone {phone}</source>
        <translation>sama puhelinnumero {phone}</translation>
    </message>
    <message>
        <source>similar names ({ratio})</source>
        <translation>samankaltaiset nimet ({ratio})</translation>
    </message>
    <message>
        <source>spreadsheet (columns matched by their names)</source>
        <translation>laskentataulukko (sarakkeet yhdistetty nimien perusteella)</translation>
    </message>
    <message>
        <source>the file name “{file}” points outside the backup</source>
        <translation>tiedostonimi ”{file}” osoittaa varmuuskopion ulkopuolelle</translation>
    </message>
    <message>
        <source>the last row is cut short (fewer cells than the header and no line end): the file looks truncated</source>
        <translation>viimeinen rivi on katkennut (vähemmän soluja kuin otsikkorivillä eikä rivinvaihtoa): tiedosto näyttää katkaistulta</translation>
    </message>
    <message>
        <source>the row cannot be read ({error})</source>
        <translation>riviä ei voi lukea ({error})</translation>
    </message>
    <message>
        <source>the workspace {path} is not empty ({count} records); restore only into an empty workspace (choose a new one)</source>
        <translation>työtila {path} ei ole tyhjä ({count} tietuetta); palauta vain tyhjään työtilaan (valitse uusi)</translation>
    </message>
    <message>
        <source>this card was exported from this workspace and the contact is still here (same UID)</source>
        <translation>tämä kortti vietiin tästä työtilasta, ja yhteystieto on yhä täällä (sama UID)</translation>
    </message>
    <message>
        <source>unknown encoding {encoding}</source>
        <translation>tuntematon merkistö {encoding}</translation>
    </message>
    <message>
        <source>{column} ({count} values)</source>
        <translation>{column} ({count} arvoa)</translation>
    </message>
    <message>
        <source>{name} cannot be restored safely: {reason}; nothing was changed</source>
        <translation>tiedostoa {name} ei voi palauttaa turvallisesti: {reason}; mitään ei muutettu</translation>
    </message>
    <message>
        <source>{name} has no header row (the first line should name the columns)</source>
        <translation>tiedostossa {name} ei ole otsikkoriviä (ensimmäisen rivin pitäisi nimetä sarakkeet)</translation>
    </message>
    <message>
        <source>{name} holds a damaged replica ({reason})</source>
        <translation>{name} sisältää vahingoittuneen paikallisen kopion ({reason})</translation>
    </message>
    <message>
        <source>{name} is UTF-8 except on line {line} (byte {byte}), which is in another encoding: two encodings are mixed in one file; correct that line, or choose the encoding of the whole file</source>
        <translation>{name} on UTF-8-muotoinen paitsi rivi {line} (tavu {byte}), joka on toisessa merkistössä: tiedostossa on sekaisin kaksi merkistöä; korjaa tuo rivi tai valitse koko tiedoston merkistö</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes)</source>
        <translation>{name} on binääritiedosto, ei tekstiä (se sisältää NUL-tavuja)</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes, first on line {line})</source>
        <translation>{name} on binääritiedosto, ei tekstiä (se sisältää NUL-tavuja, ensimmäinen rivillä {line})</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason})</source>
        <translation>{name} on vahingoittunut ({reason})</translation>
    </message>
    <message>
        <source>{name} is damaged: attachment {file}… does not match its checksum</source>
        <translation>{name} on vahingoittunut: liite {file}… ei vastaa tarkistussummaansa</translation>
    </message>
    <message>
        <source>{name} is damaged: the replica inside does not match its checksum</source>
        <translation>{name} on vahingoittunut: sen sisältämä paikallinen kopio ei vastaa tarkistussummaansa</translation>
    </message>
    <message>
        <source>{name} is damaged: “{file}” is shorter than its manifest says</source>
        <translation>{name} on vahingoittunut: ”{file}” on lyhyempi kuin sen luettelotiedosto ilmoittaa</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} on tyhjä</translation>
    </message>
    <message>
        <source>{name} is in no encoding we can read exactly (not UTF-8, UTF-16, a Windows or ISO 8859 code page, or Shift-JIS); save it again as UTF-8</source>
        <translation>{name} ei ole missään merkistössä, jonka osaamme lukea tarkasti (ei UTF-8, UTF-16, Windows- tai ISO 8859 -koodisivu eikä Shift-JIS); tallenna se uudelleen UTF-8-muodossa</translation>
    </message>
    <message>
        <source>{name} is incomplete: {count} files are missing (first: {first})</source>
        <translation>{name} on puutteellinen: {count} tiedostoa puuttuu (ensimmäinen: {first})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup (not a ZIP file); it may be truncated</source>
        <translation>{name} ei ole RuralDeskin varmuuskopio (ei ZIP-tiedosto); se voi olla katkennut</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup or is damaged ({reason})</source>
        <translation>{name} ei ole RuralDeskin varmuuskopio tai se on vahingoittunut ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk workspace backup</source>
        <translation>{name} ei ole RuralDeskin työtilan varmuuskopio</translation>
    </message>
    <message>
        <source>{name} is not a vCard file (it should start with BEGIN:VCARD)</source>
        <translation>{name} ei ole vCard-tiedosto (sen pitäisi alkaa rivillä BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>{name} is not a valid vCard file: card {number} is broken ({reason})</source>
        <translation>{name} ei ole kelvollinen vCard-tiedosto: kortti {number} on viallinen ({reason})</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-16 text; it may be truncated or damaged</source>
        <translation>{name} ei ole kelvollista UTF-16-tekstiä; se voi olla katkennut tai vahingoittunut</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-32 text; it may be truncated or damaged</source>
        <translation>{name} ei ole kelvollista UTF-32-tekstiä; se voi olla katkennut tai vahingoittunut</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text after all (byte {byte}); save it again as UTF-8</source>
        <translation>{name} ei sittenkään ole {encoding}-tekstiä (tavu {byte}); tallenna se uudelleen UTF-8-muodossa</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text: line {line} holds bytes it cannot read (byte {byte}); choose another encoding</source>
        <translation>{name} ei ole {encoding}-tekstiä: rivillä {line} on tavuja, joita ei voi lukea (tavu {byte}); valitse toinen merkistö</translation>
    </message>
    <message>
        <source>{name} is {size}, more than the {limit} {what} may be; split it into smaller files</source>
        <translation>{name} on kooltaan {size}, enemmän kuin sallitut {limit} ({what}); jaa se pienempiin tiedostoihin</translation>
    </message>
    <message>
        <source>{name} is {what}</source>
        <translation>{name} on {what}</translation>
    </message>
    <message>
        <source>{name} needs {size} of free disk space and only {free} is free; nothing was changed</source>
        <translation>{name} tarvitsee {size} vapaata levytilaa, mutta vapaana on vain {free}; mitään ei muutettu</translation>
    </message>
    <message>
        <source>{name} starts as UTF-8 but line {line} holds bytes that are not UTF-8 (byte {byte}); it may be damaged — save it again as UTF-8</source>
        <translation>{name} alkaa UTF-8-muodossa, mutta rivillä {line} on tavuja, jotka eivät ole UTF-8:aa (tavu {byte}); tiedosto voi olla vahingoittunut — tallenna se uudelleen UTF-8-muodossa</translation>
    </message>
    <message>
        <source>{name} was made by a newer RuralDesk (backup format {version}); update RuralDesk to restore it</source>
        <translation>{name} on tehty uudemmalla RuralDeskillä (varmuuskopiomuoto {version}); päivitä RuralDesk palauttaaksesi sen</translation>
    </message>
    <message>
        <source>{name}, line {line}: a quoted cell has text after its closing quote ({error})</source>
        <translation>{name}, rivi {line}: lainausmerkeissä olevassa solussa on tekstiä sulkevan lainausmerkin jälkeen ({error})</translation>
    </message>
    <message>
        <source>{name}, line {line}: {error}</source>
        <translation>{name}, rivi {line}: {error}</translation>
    </message>
    <message>
        <source>{name}: a quote (&quot;) opened near line {line} is never closed; the file looks truncated or damaged</source>
        <translation>{name}: rivin {line} lähellä avattua lainausmerkkiä (&quot;) ei koskaan suljeta; tiedosto näyttää katkenneelta tai vahingoittuneelta</translation>
    </message>
    <message>
        <source>{name}: card {number} is never closed (END:VCARD is missing); the file looks truncated</source>
        <translation>{name}: korttia {number} ei koskaan suljeta (END:VCARD puuttuu); tiedosto näyttää katkenneelta</translation>
    </message>
    <message>
        <source>{name}: the encoding is not certain, the file reads differently as {shown}; choose one (for example --encoding {first})</source>
        <translation>{name}: merkistö ei ole varma, tiedosto näyttää erilaiselta merkistöinä {shown}; valitse yksi (esimerkiksi --encoding {first})</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); restore into a new workspace</source>
        <translation>tiedostoa {path} ei voi lukea ({reason}); palauta uuteen työtilaan</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} ei ole olemassa</translation>
    </message>
    <message>
        <source>{path} is a folder, not {what}</source>
        <translation>{path} on kansio, ei {what}</translation>
    </message>
    <message>
        <source>{path} is not an empty workspace</source>
        <translation>{path} ei ole tyhjä työtila</translation>
    </message>
    <message>
        <source>{property} not imported: {why}</source>
        <translation>{property} ei tuotu: {why}</translation>
    </message>
    <message>
        <source>{where}: {count} characters in a script the font cannot show ({scripts}) were left out of the PDF</source>
        <translation>{where}: {count} merkkiä kirjoitusjärjestelmästä, jota fontti ei pysty näyttämään ({scripts}), jätettiin pois PDF:stä</translation>
    </message>
    <message>
        <source>“{file}” claims a size its compressed data cannot have (a zip bomb?)</source>
        <translation>”{file}” ilmoittaa koon, joka sen pakatulla datalla ei voi olla (zip-pommi?)</translation>
    </message>
    <message>
        <source>“{file}” is a link or a folder, not a file</source>
        <translation>”{file}” on linkki tai kansio, ei tiedosto</translation>
    </message>
    <message>
        <source>“{file}” is encrypted or compressed in a way RuralDesk does not write</source>
        <translation>”{file}” on salattu tai pakattu tavalla, jota RuralDesk ei käytä</translation>
    </message>
    <message>
        <source>“{file}” is not the size its manifest says</source>
        <translation>”{file}” ei ole luettelotiedoston ilmoittamaa kokoa</translation>
    </message>
    <message>
        <source>“{file}” unpacks to more than its declared size (a zip bomb?)</source>
        <translation>”{file}” purkautuu ilmoitettua kokoaan suuremmaksi (zip-pommi?)</translation>
    </message>
    <message>
        <source>“{number}” is not a phone number we can read; kept in the notes</source>
        <translation>”{number}” ei ole luettavissa oleva puhelinnumero; säilytetty muistiinpanoissa</translation>
    </message>
    <message>
        <source>“{value}” is not a country (use a name or an ISO 3166 code such as PT)</source>
        <translation>”{value}” ei ole maa (käytä nimeä tai ISO 3166 -koodia, kuten PT)</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>”{value}” ei ole päivämäärä (käytä muotoa VVVV-KK-PP tai PP/KK/VVVV)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use a name or an ISO 639 code such as fr)</source>
        <translation>”{value}” ei ole kieli (käytä nimeä tai ISO 639 -koodia, kuten fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use an ISO 639 code such as fr)</source>
        <translation>”{value}” ei ole kieli (käytä ISO 639 -koodia, kuten fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>”{value}” ei ole luku</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>”{value}” ei ole tietueen tunniste</translation>
    </message>
    <message>
        <source>“{value}” is not a theme of this workspace</source>
        <translation>”{value}” ei ole tämän työtilan teema</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>”{value}” ei ole kokonaisluku</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>”{value}” ei ole mikään seuraavista: {choices}</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <source>All types</source>
        <translation>Kaikki tyypit</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Kaikki maat</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Kaikki lajit</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Kaikki kielet</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Kaikki alueet</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Kaikki teemat</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tyhjennä</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Tyhjennä suodattimet</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Sarakkeet</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Filter by {what}</source>
        <translation>Suodata: {what}</translation>
    </message>
    <message>
        <source>In the trash: {count}</source>
        <translation>Roskakorissa: {count}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>List summary</source>
        <translation>Luettelon yhteenveto</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Tietueet</translation>
    </message>
    <message>
        <source>Records: {count}</source>
        <translation>Tietueita: {count}</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Results: {count}</source>
        <translation>Tuloksia: {count}</translation>
    </message>
    <message>
        <source>Results: {shown} of {total}</source>
        <translation>Tuloksia: {shown}/{total}</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>Tallenna haku…</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Tallenna tämä haku</translation>
    </message>
    <message>
        <source>Selected: {count}</source>
        <translation>Valittuna: {count}</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Teema</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Type to search practices, contacts, tools and themes.</source>
        <translation>Kirjoita hakeaksesi käytäntöjä, yhteystietoja, työkaluja ja teemoja.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About RuralDesk</source>
        <translation>&amp;Tietoja RuralDeskistä</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>L&amp;iitä tiedostoja…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Edellinen</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Sarakkeet…</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic information</source>
        <translation>Kopioi &amp;diagnostiikkatiedot</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Etsi…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation>Lin&amp;kitä…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Uusi</translation>
    </message>
    <message>
        <source>&amp;Paste as attachment</source>
        <translation>&amp;Liitä liitteeksi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>L&amp;opeta</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>T&amp;ietue</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synkronointi</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Käyttöopas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>Add a record to the list shown</source>
        <translation>Lisää tietue näytettävään luetteloon</translation>
    </message>
    <message>
        <source>Added “{title}”</source>
        <translation>Lisätty ”{title}”</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Liitä tiedostoja</translation>
    </message>
    <message>
        <source>Attached: {count}</source>
        <translation>Liitetty: {count}</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Liite ei ole vielä täällä</translation>
    </message>
    <message>
        <source>Bring the selected records back from the trash</source>
        <translation>Palauta valitut tietueet roskakorista</translation>
    </message>
    <message>
        <source>Changes waiting to be shared</source>
        <translation>Jakamista odottavat muutokset</translation>
    </message>
    <message>
        <source>Changes waiting to be shared: {count}</source>
        <translation>Jakamista odottavia muutoksia: {count}</translation>
    </message>
    <message>
        <source>Choose a practice or a tool to attach files to.</source>
        <translation>Valitse käytäntö tai työkalu, johon tiedostot liitetään.</translation>
    </message>
    <message>
        <source>Copy files into the workspace and attach them</source>
        <translation>Kopioi tiedostoja työtilaan ja liitä ne</translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>Liittäminen ei onnistunut</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Tallentaminen ei onnistunut</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Poista tallennettu haku</translation>
    </message>
    <message>
        <source>Diagnostic information copied. Paste it into your message to the person helping you; it holds no names or contents.</source>
        <translation>Diagnostiikkatiedot kopioitu. Liitä ne viestiisi henkilölle, joka auttaa sinua; ne eivät sisällä nimiä eivätkä sisältöjä.</translation>
    </message>
    <message>
        <source>Edit the record shown</source>
        <translation>Muokkaa näytettävää tietuetta</translation>
    </message>
    <message>
        <source>Empty the &amp;trash…</source>
        <translation>&amp;Tyhjennä roskakori…</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Tyhjennä roskakori</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Tyhjennetään roskakoria</translation>
    </message>
    <message>
        <source>Erase everything in the trash from this computer? This cannot be undone.</source>
        <translation>Poistetaanko kaikki roskakorissa oleva pysyvästi tältä tietokoneelta? Tätä ei voi kumota.</translation>
    </message>
    <message>
        <source>Erased from this computer: {count}</source>
        <translation>Poistettu pysyvästi tältä tietokoneelta: {count}</translation>
    </message>
    <message>
        <source>For a support request: versions and sizes, never names or contents</source>
        <translation>Tukipyyntöä varten: versiot ja koot, ei koskaan nimiä tai sisältöjä</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Siirry &amp;luetteloon</translation>
    </message>
    <message>
        <source>Link this record to contacts, tools or practices</source>
        <translation>Linkitä tämä tietue yhteystietoihin, työkaluihin tai käytäntöihin</translation>
    </message>
    <message>
        <source>Link “{title}” to…</source>
        <translation>Linkitä ”{title}”…</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Päätyökalurivi</translation>
    </message>
    <message>
        <source>Move the selected records to the trash</source>
        <translation>Siirrä valitut tietueet roskakoriin</translation>
    </message>
    <message>
        <source>Moved to the trash: {count}. Undo with Ctrl+Z.</source>
        <translation>Siirretty roskakoriin: {count}. Kumoa painamalla Ctrl+Z.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <extracomment>set by the sync UI: fetch_attachment(sha256, then) downloads a file kept on the server</extracomment>
        <translation>Siirtyminen</translation>
    </message>
    <message>
        <source>No changes waiting to be shared</source>
        <translation>Ei jakamista odottavia muutoksia</translation>
    </message>
    <message>
        <source>No saved searches yet. Type in the search box, then choose Save search under the filters.</source>
        <translation>Ei vielä tallennettuja hakuja. Kirjoita hakukenttään ja valitse sitten suodattimien alta Tallenna haku.</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Pa&amp;lauta</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Tee uudelleen</translation>
    </message>
    <message>
        <source>Restored: {count}</source>
        <translation>Palautettu: {count}</translation>
    </message>
    <message>
        <source>RuralDesk</source>
        <extracomment>which collections a record of each collection can be linked to (both directions)</extracomment>
        <translation>RuralDesk</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Tallenna haku</translation>
    </message>
    <message>
        <source>Saved the search “{name}”</source>
        <translation>Haku ”{name}” tallennettu</translation>
    </message>
    <message>
        <source>Saved “{title}”</source>
        <translation>Tallennettu ”{title}”</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Hae kaikkialta</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <extracomment>the middle pane: the list, or a view another module adds for a navigation node</extracomment>
        <translation>Hae kaikkialta (Ctrl+K)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Valitse kaikki</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>Näytä &amp;lokikansio</translation>
    </message>
    <message>
        <source>Show {what}</source>
        <translation>Näytä {what}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Synkronoinnin tila</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Tietuetta ei enää ole.</translation>
    </message>
    <message>
        <source>The clipboard holds no file or picture to attach.</source>
        <translation>Leikepöydällä ei ole liitettävää tiedostoa tai kuvaa.</translation>
    </message>
    <message>
        <source>This file is not on this computer yet. It arrives with the next sync.</source>
        <translation>Tämä tiedosto ei ole vielä tällä tietokoneella. Se saapuu seuraavassa synkronoinnissa.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Roskakori</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Keskustelut</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Löytyi kohdasta</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Muokattu viimeksi</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Tallennetut haut</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Tarkistettavaa</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Roskakori</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <extracomment>the review list is a coordinator&apos;s (ui/review.py): whatsnew sets it from the member&apos;s role</extracomment>
        <translation>Mitä uutta</translation>
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
            <numerusform>%n muutettu yhteystieto</numerusform>
            <numerusform>%n muutettua yhteystietoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed practices</source>
        <translation>
            <numerusform>%n muutettu käytäntö</numerusform>
            <numerusform>%n muutettua käytäntöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed tools</source>
        <translation>
            <numerusform>%n muutettu työkalu</numerusform>
            <numerusform>%n muutettua työkalua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n yhteystieto</numerusform>
            <numerusform>%n yhteystietoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited posts</source>
        <translation>
            <numerusform>%n muokattu viesti</numerusform>
            <numerusform>%n muokattua viestiä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contacts</source>
        <translation>
            <numerusform>%n uusi yhteystieto</numerusform>
            <numerusform>%n uutta yhteystietoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new posts</source>
        <translation>
            <numerusform>%n uusi viesti</numerusform>
            <numerusform>%n uutta viestiä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new practices</source>
        <translation>
            <numerusform>%n uusi käytäntö</numerusform>
            <numerusform>%n uutta käytäntöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tools</source>
        <translation>
            <numerusform>%n uusi työkalu</numerusform>
            <numerusform>%n uutta työkalua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n viesti</numerusform>
            <numerusform>%n viestiä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practices</source>
        <translation>
            <numerusform>%n käytäntö</numerusform>
            <numerusform>%n käytäntöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records shared by others since your last review.</source>
        <translation>
            <numerusform>%n tietue, jonka muut ovat jakaneet viime tarkistuksesi jälkeen.</numerusform>
            <numerusform>%n tietuetta, jotka muut ovat jakaneet viime tarkistuksesi jälkeen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tools</source>
        <translation>
            <numerusform>%n työkalu</numerusform>
            <numerusform>%n työkalua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n lukematon</numerusform>
            <numerusform>%n lukematonta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Attach files: {count}</source>
        <translation>Liitä tiedostoja: {count}</translation>
    </message>
    <message>
        <source>Could not undo or redo: {error}</source>
        <extracomment>a write: runs on the writer thread, returns what changed and a value for on_done</extracomment>
        <translation>Kumoaminen tai uudelleen tekeminen ei onnistunut: {error}</translation>
    </message>
    <message>
        <source>Create {title}</source>
        <translation>Luo ”{title}”</translation>
    </message>
    <message>
        <source>Delete records: {count}</source>
        <translation>Poista tietueita: {count}</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>Poista ”{title}”</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Muokkaa: {title}</translation>
    </message>
    <message>
        <source>Link {title}</source>
        <translation>Linkitä ”{title}”</translation>
    </message>
    <message>
        <source>Not undone: {fields} of “{title}” changed since, by someone else (it arrived with the last sync). Their value stays; edit it by hand if yours should win.</source>
        <translation>Ei kumottu: joku muu on sittemmin muuttanut kohdetta {fields} tietueessa ”{title}” (muutos saapui viimeisimmässä synkronoinnissa). Hänen arvonsa säilyy; muokkaa sitä käsin, jos oman arvosi pitäisi voittaa.</translation>
    </message>
    <message>
        <source>Not undone: “{title}” was moved to or from the trash by someone else since (it arrived with the last sync). It stays as it is.</source>
        <translation>Ei kumottu: joku muu on sittemmin siirtänyt tietueen ”{title}” roskakoriin tai sieltä pois (muutos saapui viimeisimmässä synkronoinnissa). Se säilyy ennallaan.</translation>
    </message>
    <message>
        <source>Remove attachment {name}</source>
        <translation>Poista liite {name}</translation>
    </message>
    <message>
        <source>Restore records: {count}</source>
        <translation>Palauta tietueita: {count}</translation>
    </message>
    <message>
        <source>Restore {title}</source>
        <translation>Palauta ”{title}”</translation>
    </message>
    <message>
        <source>Unlink from {title}</source>
        <translation>Poista linkitys kohteeseen ”{title}”</translation>
    </message>
</context>
<context>
    <name>PeerSync</name>
    <message>
        <source>&amp;Computers offering sync nearby:</source>
        <translation>&amp;Synkronointia tarjoavat lähellä olevat tietokoneet:</translation>
    </message>
    <message>
        <source>&amp;Offer sync to a nearby computer…</source>
        <translation>Tarjoa synkronointia lähellä &amp;olevalle tietokoneelle…</translation>
    </message>
    <message>
        <source>Address of this computer</source>
        <translation>Tämän tietokoneen osoite</translation>
    </message>
    <message>
        <source>C&amp;onnect and sync</source>
        <translation>&amp;Yhdistä ja synkronoi</translation>
    </message>
    <message>
        <source>Choose a computer from the list, or type its address as shown on it (for example 192.168.1.20:40123).</source>
        <translation>Valitse tietokone luettelosta tai kirjoita sen osoite sellaisena kuin se näkyy koneella (esimerkiksi 192.168.1.20:40123).</translation>
    </message>
    <message>
        <source>Choose the computer that offers sync (Sync → Offer sync to a nearby computer… on it) and type the code it shows.</source>
        <translation>Valitse synkronointia tarjoava tietokone (siinä Synkronointi → Tarjoa synkronointia lähellä olevalle tietokoneelle…) ja kirjoita sen näyttämä koodi.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Yhdistetään…</translation>
    </message>
    <message>
        <source>If this computer is not listed there, connect by address: {address}</source>
        <translation>Jos tätä tietokonetta ei näy siellä luettelossa, yhdistä osoitteella: {address}</translation>
    </message>
    <message>
        <source>Let a computer of your group on the same network sync with this one, without the server or the internet</source>
        <translation>Anna ryhmäsi tietokoneen samassa verkossa synkronoida tämän kanssa ilman palvelinta tai internetiä</translation>
    </message>
    <message>
        <source>Looking for computers of your group on this network…</source>
        <translation>Etsitään ryhmäsi tietokoneita tästä verkosta…</translation>
    </message>
    <message>
        <source>Offer sync to a nearby computer</source>
        <translation>Tarjoa synkronointia lähellä olevalle tietokoneelle</translation>
    </message>
    <message>
        <source>On the other computer (same Wi-Fi or phone hotspot, same group), choose Sync → Sync with a nearby computer…, pick this computer and type this code:</source>
        <translation>Valitse toisella tietokoneella (sama Wi-Fi tai puhelimen yhteyspiste, sama ryhmä) Synkronointi → Synkronoi lähellä olevan tietokoneen kanssa…, valitse tämä tietokone ja kirjoita tämä koodi:</translation>
    </message>
    <message>
        <source>Or connect by &amp;address:</source>
        <translation>Tai yhdistä &amp;osoitteella:</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>&amp;Parituskoodi:</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Parituskoodi</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Edistyminen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Keskeytä</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Stopped. Nothing was half-applied.</source>
        <translation>Keskeytetty. Mitään ei jäänyt puolitiehen.</translation>
    </message>
    <message>
        <source>Sync with a &amp;nearby computer…</source>
        <translation>Synkronoi &amp;lähellä olevan tietokoneen kanssa…</translation>
    </message>
    <message>
        <source>Sync with a computer of your group that offers it on the same network</source>
        <translation>Synkronoi samassa verkossa olevan, synkronointia tarjoavan ryhmäsi tietokoneen kanssa</translation>
    </message>
    <message>
        <source>Sync with a nearby computer</source>
        <translation>Synkronoi lähellä olevan tietokoneen kanssa</translation>
    </message>
    <message>
        <source>Synced with “{name}”: {received} changes received, {sent} sent.</source>
        <translation>Synkronoitu tietokoneen ”{name}” kanssa: vastaanotettu {received} muutosta, lähetetty {sent}.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed.</source>
        <translation>Koodi ei ole se, joka näkyy toisella tietokoneella; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed. Tries left: {count}.</source>
        <translation>Koodi ei ole se, joka näkyy toisella tietokoneella; mitään ei muutettu. Yrityksiä jäljellä: {count}.</translation>
    </message>
    <message>
        <source>The code has six digits, as shown on the other computer.</source>
        <translation>Koodissa on kuusi numeroa, kuten toisella tietokoneella näkyy.</translation>
    </message>
    <message>
        <source>The connection to the other computer was lost ({reason}). Nothing was half-applied; try again.</source>
        <translation>Yhteys toiseen tietokoneeseen katkesi ({reason}). Mitään ei jäänyt puolitiehen; yritä uudelleen.</translation>
    </message>
    <message>
        <source>The connection was lost before the end; nothing was half-applied. Still waiting for a computer of your group…</source>
        <translation>Yhteys katkesi ennen loppua; mitään ei jäänyt puolitiehen. Odotetaan yhä ryhmäsi tietokonetta…</translation>
    </message>
    <message>
        <source>The other computer answered in a way this version does not understand ({reason}). Nothing was changed.</source>
        <translation>Toinen tietokone vastasi tavalla, jota tämä versio ei ymmärrä ({reason}). Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The other computer belongs to another group; only computers of the same group can sync. Nothing was changed.</source>
        <translation>Toinen tietokone kuuluu toiseen ryhmään; vain saman ryhmän tietokoneet voivat synkronoida. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The other computer stopped its offer after too many wrong codes. Ask for a new offer there; nothing was changed.</source>
        <translation>Toinen tietokone lopetti tarjouksensa liian monen väärän koodin jälkeen. Pyydä siellä uusi tarjous; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: on the other computer, connect by address: {address}</source>
        <translation>Tämä verkko ei anna tietokoneiden löytää toisiaan: yhdistä toisella tietokoneella osoitteella {address}</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: type the address shown on the other computer.</source>
        <translation>Tämä verkko ei anna tietokoneiden löytää toisiaan: kirjoita toisella tietokoneella näkyvä osoite.</translation>
    </message>
    <message>
        <source>This workspace is not part of a group yet. Set up sync with your group server once (Sync → Set up sync…); after that it can sync with nearby computers too.</source>
        <translation>Tämä työtila ei vielä kuulu ryhmään. Määritä synkronointi ryhmäpalvelimesi kanssa kerran (Synkronointi → Määritä synkronointi…); sen jälkeen se voi synkronoida myös lähellä olevien tietokoneiden kanssa.</translation>
    </message>
    <message>
        <source>Waiting for a computer of your group…</source>
        <translation>Odotetaan ryhmäsi tietokonetta…</translation>
    </message>
    <message>
        <source>{count} are kept until your next sync with the server, which knows the computer that signed them.</source>
        <translation>{count} säilytetään seuraavaan palvelinsynkronointiin asti; palvelin tuntee tietokoneen, joka ne allekirjoitti.</translation>
    </message>
    <message>
        <source>{count} were refused (their signature did not check out).</source>
        <translation>{count} hylättiin (niiden allekirjoitus ei täsmännyt).</translation>
    </message>
    <message>
        <source>“{name}” belongs to another group; it cannot sync with this computer. Still waiting…</source>
        <translation>”{name}” kuuluu toiseen ryhmään; se ei voi synkronoida tämän tietokoneen kanssa. Odotetaan yhä…</translation>
    </message>
    <message>
        <source>“{name}” connected; checking the code…</source>
        <translation>”{name}” yhdisti; tarkistetaan koodia…</translation>
    </message>
    <message>
        <source>“{name}” typed a wrong code; nothing was changed. Tries left: {count}.</source>
        <translation>”{name}” kirjoitti väärän koodin; mitään ei muutettu. Yrityksiä jäljellä: {count}.</translation>
    </message>
    <message>
        <source>“{name}” typed the right code; syncing…</source>
        <translation>”{name}” kirjoitti oikean koodin; synkronoidaan…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opioi</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>L&amp;iitä</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Leikkaa</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Valitse kaikki</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ei</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Kyllä</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Keskeytä</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Käytä</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ohje</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ohita</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>E&amp;i kaikkiin</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Palauta oletukset</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Yritä uudelleen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Tallenna kaikki</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Kyllä k&amp;aikkiin</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opioi</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>L&amp;iitä</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopioi linkin &amp;sijainti</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Leikkaa</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Valitse kaikki</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>&amp;Mark all as reviewed</source>
        <translation>&amp;Merkitse kaikki tarkistetuiksi</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <extracomment>few columns: the pane beside the record is narrow at 150 % (the type is in the tool tip)</extracomment>
        <translation>(nimetön)</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>Lisää &amp;huomautus…</translation>
    </message>
    <message>
        <source>Choose a record in the list first.</source>
        <translation>Valitse ensin tietue luettelosta.</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Muutettu viimeksi</translation>
    </message>
    <message>
        <source>Nothing to review: everything others shared has been reviewed.</source>
        <translation>Ei tarkistettavaa: kaikki muiden jakama on tarkistettu.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Tarkistajan huomautus</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note: {note}</source>
        <translation>Tarkistajan huomautus: {note}</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Jakaja</translation>
    </message>
    <message>
        <source>Shared records to review</source>
        <translation>Tarkistettavat jaetut tietueet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Tarkistettavaa</translation>
    </message>
    <message>
        <source>Write a reviewer&apos;s note on the chosen record</source>
        <translation>Kirjoita tarkistajan huomautus valittuun tietueeseen</translation>
    </message>
    <message>
        <source>Your note on “{title}” travels with the record to everyone in the group. Only coordinators can write it.</source>
        <translation>Huomautuksesi tietueesta ”{title}” kulkee tietueen mukana koko ryhmälle. Vain koordinaattorit voivat kirjoittaa sen.</translation>
    </message>
    <message>
        <source>{type}, last changed {when}</source>
        <translation>{type}, muutettu {when}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Could not load demo data: {error}</source>
        <translation>Esittelytietojen lataaminen ei onnistunut: {error}</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Esittelytiedot ladattu.</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <extracomment>startup.Opened: the replica and the lock that goes with it (set by ruraldesk.app); switch_workspace() replaces both</extracomment>
        <translation>Ladataan esittelytietoja</translation>
    </message>
    <message>
        <source>Stopped loading demo data; what was loaded stays.</source>
        <translation>Esittelytietojen lataaminen keskeytettiin; jo ladatut tiedot säilyvät.</translation>
    </message>
    <message>
        <source>The new data folder is used from the next start.</source>
        <translation>Uutta tietokansiota käytetään seuraavasta käynnistyksestä alkaen.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Another RuralDesk window is already working on this workspace ({path}). Switch to that window, or close it and try again.</source>
        <translation>Toinen RuralDesk-ikkuna käyttää jo tätä työtilaa ({path}). Siirry siihen ikkunaan tai sulje se ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Choose a folder for your workspace</source>
        <translation>Valitse kansio työtilallesi</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Valitse toinen kansio…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Jatka</translation>
    </message>
    <message>
        <source>Only {free} MB are free where your workspace is kept ({path}). RuralDesk may not be able to save your changes. Free some space (empty the computer&apos;s trash, remove large files), then continue.</source>
        <translation>Työtilasi sijainnissa ({path}) on vapaana vain {free} Mt. RuralDesk ei ehkä pysty tallentamaan muutoksiasi. Vapauta tilaa (tyhjennä tietokoneen roskakori, poista suuria tiedostoja) ja jatka sitten.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>RuralDesk is already open</source>
        <translation>RuralDesk on jo auki</translation>
    </message>
    <message>
        <source>RuralDesk keeps your workspace in {folder}, but cannot write there ({reason}). Choose another folder you can write to, such as one in your documents.</source>
        <translation>RuralDesk säilyttää työtilaasi kansiossa {folder}, mutta ei voi kirjoittaa sinne ({reason}). Valitse toinen kansio, johon voit kirjoittaa, esimerkiksi Tiedostot-kansiosta.</translation>
    </message>
    <message>
        <source>Show the backups</source>
        <translation>Näytä varmuuskopiot</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <extracomment>below this much free space a warning comes before anything is written</extracomment>
        <translation>Tietokansiota ei voi käyttää</translation>
    </message>
    <message>
        <source>The disk is almost full</source>
        <translation>Levy on melkein täynnä</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only. Choose another folder you can write to.</source>
        <translation>Kansio {folder} on vain luku -tilassa. Valitse toinen kansio, johon voit kirjoittaa.</translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation>Työtilaa ei voi avata</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Yritä uudelleen</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>levy on täynnä</translation>
    </message>
    <message>
        <source>{problem}

RuralDesk keeps automatic backups of your workspace in {backups}. You can restore one by copying it over the damaged file.</source>
        <translation>{problem}

RuralDesk säilyttää työtilastasi automaattisia varmuuskopioita kansiossa {backups}. Voit palauttaa niistä yhden kopioimalla sen vahingoittuneen tiedoston päälle.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Ristiriidat…</translation>
    </message>
    <message>
        <source>&amp;Disconnect from the server…</source>
        <translation>&amp;Katkaise yhteys palvelimeen…</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Ryhmä:</translation>
    </message>
    <message>
        <source>&amp;Group…</source>
        <translation>R&amp;yhmä…</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>&amp;Kutsukoodi:</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <extracomment>passed on to the Transport (tests shorten the back-off) seconds the first question to the server may take, retries included callables(report) run on the UI thread after a sync that finished (ui/whatsnew.py)</extracomment>
        <translation>&amp;Synkronoi nyt</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Pääsytunnus:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Nimesi:</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Liite ei ole vielä täällä</translation>
    </message>
    <message>
        <source>Attachment not on the server</source>
        <translation>Liite ei ole palvelimella</translation>
    </message>
    <message>
        <source>Changes waiting: {count}</source>
        <translation>Odottavia muutoksia: {count}</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Tarkista ja tallenna</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Tarkistetaan…</translation>
    </message>
    <message>
        <source>Conflicts: {count}</source>
        <translation>Ristiriitoja: {count}</translation>
    </message>
    <message>
        <source>Connected. Your token is kept in {where}.</source>
        <translation>Yhdistetty. Pääsytunnuksesi säilytetään {where}.</translation>
    </message>
    <message>
        <source>Connection check</source>
        <translation>Yhteyden tarkistus</translation>
    </message>
    <message>
        <source>Could not download</source>
        <translation>Lataaminen ei onnistunut</translation>
    </message>
    <message>
        <source>Could not keep the token: {error}</source>
        <translation>Pääsytunnusta ei voitu säilyttää: {error}</translation>
    </message>
    <message>
        <source>Disconnect from the server</source>
        <translation>Katkaise yhteys palvelimeen</translation>
    </message>
    <message>
        <source>Downloading the attachment</source>
        <translation>Ladataan liitettä</translation>
    </message>
    <message>
        <source>Enter the server address (starting with https://) and the group.</source>
        <translation>Anna palvelimen osoite (alkaa https://) ja ryhmä.</translation>
    </message>
    <message>
        <source>Enter the token your coordinator gave you.</source>
        <translation>Anna koordinaattoriltasi saamasi pääsytunnus.</translation>
    </message>
    <message>
        <source>Everything is saved on this computer. Use Sync → Set up sync… to share it with your group.</source>
        <translation>Kaikki on tallennettu tälle tietokoneelle. Jaa se ryhmäsi kanssa valitsemalla Synkronointi → Määritä synkronointi….</translation>
    </message>
    <message>
        <source>Group “{group}” at {url}</source>
        <translation>Ryhmä ”{group}” osoitteessa {url}</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Kutsukoodi</translation>
    </message>
    <message>
        <source>Joining the group…</source>
        <translation>Liitytään ryhmään…</translation>
    </message>
    <message>
        <source>Large change from the server</source>
        <translation>Suuri muutos palvelimelta</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Ei tallennettu: {why}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ei vielä synkronoitu</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Avoimet ristiriidat</translation>
    </message>
    <message>
        <source>Or, with a personal token:</source>
        <translation>Tai henkilökohtaisella pääsytunnuksella:</translation>
    </message>
    <message>
        <source>Paste the invitation code your coordinator sent you: it holds the server&apos;s address and the group. With a personal token instead, leave it empty and fill in the fields below. The token is kept in the system&apos;s password store when there is one, otherwise in a file only you can read.</source>
        <translation>Liitä koordinaattorin lähettämä kutsukoodi: se sisältää palvelimen osoitteen ja ryhmän. Jos sinulla on sen sijaan henkilökohtainen pääsytunnus, jätä kenttä tyhjäksi ja täytä alla olevat kentät. Pääsytunnus säilytetään järjestelmän salasanasäilössä, jos sellainen on, muuten tiedostossa, jota vain sinä voit lukea.</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Ratkaise…</translation>
    </message>
    <message>
        <source>S&amp;top syncing</source>
        <translation>Lope&amp;ta synkronointi</translation>
    </message>
    <message>
        <source>Send your changes to the group server and get everyone else&apos;s</source>
        <translation>Lähetä muutoksesi ryhmäpalvelimelle ja hae muiden muutokset</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Palvelimen &amp;osoite:</translation>
    </message>
    <message>
        <source>Set &amp;up sync…</source>
        <translation>&amp;Määritä synkronointi…</translation>
    </message>
    <message>
        <source>Set up sync</source>
        <translation>Määritä synkronointi</translation>
    </message>
    <message>
        <source>Stop syncing this workspace with the group server? Your records stay on this computer; changes not yet sent stay waiting. You can set up sync again later.</source>
        <translation>Lopetetaanko tämän työtilan synkronointi ryhmäpalvelimen kanssa? Tietueesi säilyvät tällä tietokoneella; lähettämättömät muutokset jäävät odottamaan. Voit määrittää synkronoinnin uudelleen myöhemmin.</translation>
    </message>
    <message>
        <source>Syncing… {stage}</source>
        <translation>Synkronoidaan… {stage}</translation>
    </message>
    <message>
        <source>The group server does not have this file yet: the person who attached it has not synced since.</source>
        <translation>Ryhmäpalvelimella ei vielä ole tätä tiedostoa: sen liittänyt henkilö ei ole synkronoinut sen jälkeen.</translation>
    </message>
    <message>
        <source>The group server refused a change to this record ({fields}).</source>
        <translation>Ryhmäpalvelin hylkäsi tämän tietueen muutoksen ({fields}).</translation>
    </message>
    <message>
        <source>The group server&apos;s changes would move {deletes} records to the trash, erase {erasures} and change {overwrites} — {total} of your {records} records ({share}).

This can be right (someone tidied up the shared records) or a mistake. Apply these changes now?</source>
        <translation>Ryhmäpalvelimen muutokset siirtäisivät {deletes} tietuetta roskakoriin, poistaisivat pysyvästi {erasures} ja muuttaisivat {overwrites} — yhteensä {total} tietuettasi {records} tietueesta ({share}).

Tämä voi olla oikein (joku siivosi yhteisiä tietueita) tai virhe. Otetaanko muutokset käyttöön nyt?</translation>
    </message>
    <message>
        <source>The group&apos;s members; for coordinators, invitations, roles and people&apos;s data requests</source>
        <translation>Ryhmän jäsenet; koordinaattoreille kutsut, roolit ja henkilötietopyynnöt</translation>
    </message>
    <message>
        <source>This file is not on this computer, and this workspace is not connected to a group server.</source>
        <translation>Tämä tiedosto ei ole tällä tietokoneella, eikä tätä työtilaa ole yhdistetty ryhmäpalvelimeen.</translation>
    </message>
    <message>
        <source>This record is in conflict ({fields}): two people changed it at once.</source>
        <translation>Tässä tietueessa on ristiriita ({fields}): kaksi henkilöä muutti sitä samaan aikaan.</translation>
    </message>
    <message>
        <source>This workspace holds demo data. Demo data is fictional and never leaves this computer, so it cannot be shared with your group.

Use a new, empty workspace for your group&apos;s records? The demo workspace stays as it is.</source>
        <translation>Tämä työtila sisältää esittelytietoja. Esittelytiedot ovat kuvitteellisia eivätkä koskaan poistu tältä tietokoneelta, joten niitä ei voi jakaa ryhmäsi kanssa.

Käytetäänkö ryhmäsi tietueille uutta, tyhjää työtilaa? Esittelytyötila säilyy ennallaan.</translation>
    </message>
    <message>
        <source>Up to date · {when}</source>
        <translation>Ajan tasalla · {when}</translation>
    </message>
    <message>
        <source>Working offline: no group server connected</source>
        <translation>Offline-tila: ryhmäpalvelinta ei ole yhdistetty</translation>
    </message>
    <message>
        <source>You are now in the new, empty workspace “{name}”. The demo workspace stays as it is.</source>
        <translation>Olet nyt uudessa, tyhjässä työtilassa ”{name}”. Esittelytyötila säilyy ennallaan.</translation>
    </message>
    <message>
        <source>a file only you can read ({path})</source>
        <translation>tiedostossa, jota vain sinä voit lukea ({path})</translation>
    </message>
    <message>
        <source>checking the server</source>
        <translation>tarkistetaan palvelinta</translation>
    </message>
    <message>
        <source>could not reach the server</source>
        <translation>palvelimeen ei saatu yhteyttä</translation>
    </message>
    <message>
        <source>could not reach the server: {reason}</source>
        <translation>palvelimeen ei saatu yhteyttä: {reason}</translation>
    </message>
    <message>
        <source>enter a new token under Sync → Set up sync…</source>
        <translation>anna uusi pääsytunnus kohdassa Synkronointi → Määritä synkronointi…</translation>
    </message>
    <message>
        <source>kept from before; type to replace it</source>
        <translation>säilytetty aiemmalta; kirjoita korvataksesi</translation>
    </message>
    <message>
        <source>last synced at {time}</source>
        <translation>synkronoitu viimeksi klo {time}</translation>
    </message>
    <message>
        <source>optional: your name as the group knows it</source>
        <translation>valinnainen: nimesi sellaisena kuin ryhmä sen tuntee</translation>
    </message>
    <message>
        <source>press F5 to try again</source>
        <translation>yritä uudelleen painamalla F5</translation>
    </message>
    <message>
        <source>receiving attachments</source>
        <translation>vastaanotetaan liitteitä</translation>
    </message>
    <message>
        <source>receiving changes</source>
        <translation>vastaanotetaan muutoksia</translation>
    </message>
    <message>
        <source>saving what arrived</source>
        <translation>tallennetaan saapunutta</translation>
    </message>
    <message>
        <source>sending attachments</source>
        <translation>lähetetään liitteitä</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>lähetetään muutoksia</translation>
    </message>
    <message>
        <source>set up sync in a new, empty workspace</source>
        <translation>määritä synkronointi uudessa, tyhjässä työtilassa</translation>
    </message>
    <message>
        <source>something went wrong</source>
        <translation>jokin meni vikaan</translation>
    </message>
    <message>
        <source>something went wrong ({reason}); the details are in the log</source>
        <translation>jokin meni vikaan ({reason}); tiedot ovat lokissa</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>pysäytetään</translation>
    </message>
    <message>
        <source>the server did not accept this token for this group; check it, or ask your coordinator for a new one</source>
        <translation>palvelin ei hyväksynyt tätä pääsytunnusta tälle ryhmälle; tarkista se tai pyydä koordinaattoriltasi uusi</translation>
    </message>
    <message>
        <source>the server did not accept your token</source>
        <translation>palvelin ei hyväksynyt pääsytunnustasi</translation>
    </message>
    <message>
        <source>the server did not accept your token; ask your coordinator for a new one and enter it under Sync → Set up sync…</source>
        <translation>palvelin ei hyväksynyt pääsytunnustasi; pyydä koordinaattoriltasi uusi ja anna se kohdassa Synkronointi → Määritä synkronointi…</translation>
    </message>
    <message>
        <source>the server refused the request</source>
        <translation>palvelin hylkäsi pyynnön</translation>
    </message>
    <message>
        <source>the server refused the request: {reason}</source>
        <translation>palvelin hylkäsi pyynnön: {reason}</translation>
    </message>
    <message>
        <source>the system&apos;s password store</source>
        <translation>järjestelmän salasanasäilössä</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never leaves this computer; set up sync in a new, empty workspace</source>
        <translation>tämä työtila sisältää esittelytietoja, jotka eivät koskaan poistu tältä tietokoneelta; määritä synkronointi uudessa, tyhjässä työtilassa</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never syncs</source>
        <translation>tämä työtila sisältää esittelytietoja, joita ei koskaan synkronoida</translation>
    </message>
    <message>
        <source>trying again at {time}</source>
        <translation>yritetään uudelleen klo {time}</translation>
    </message>
    <message>
        <source>you chose not to apply the server&apos;s large change</source>
        <translation>päätit olla ottamatta käyttöön palvelimen suurta muutosta</translation>
    </message>
    <message>
        <source>you stopped it</source>
        <translation>pysäytit sen</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done}/{total}</translation>
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
        <translation>Yhteissuunnittelu viranomaisten kanssa</translation>
    </message>
    <message>
        <source>Community transport</source>
        <translation>Yhteisöllinen liikenne</translation>
    </message>
    <message>
        <source>Digital platform cooperatives</source>
        <translation>Digitaaliset alustaosuuskunnat</translation>
    </message>
    <message>
        <source>Education and services</source>
        <translation>Koulutus ja palvelut</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energia</translation>
    </message>
    <message>
        <source>Energy communities</source>
        <translation>Energiayhteisöt</translation>
    </message>
    <message>
        <source>Enterprise development and employment</source>
        <translation>Yritystoiminnan kehittäminen ja työllisyys</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Terveydenhuolto</translation>
    </message>
    <message>
        <source>Local entrepreneurship</source>
        <translation>Paikallinen yrittäjyys</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Liikkuminen</translation>
    </message>
    <message>
        <source>Policy and legal frameworks</source>
        <translation>Poliittiset ja oikeudelliset puitteet</translation>
    </message>
    <message>
        <source>Short food supply chains</source>
        <translation>Lyhyet elintarvikeketjut</translation>
    </message>
    <message>
        <source>Social inclusion</source>
        <translation>Sosiaalinen osallisuus</translation>
    </message>
    <message>
        <source>Solidarity networks</source>
        <translation>Solidaarisuusverkostot</translation>
    </message>
    <message>
        <source>Sustainable agriculture and food</source>
        <translation>Kestävä maatalous ja ruoka</translation>
    </message>
    <message>
        <source>Work integration</source>
        <translation>Työllistäminen</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>&amp;Back up the workspace to a file…</source>
        <translation>&amp;Varmuuskopioi työtila tiedostoon…</translation>
    </message>
    <message>
        <source>&amp;Contacts to merge (ticked):</source>
        <translation>&amp;Yhdistettävät yhteystiedot (valitut):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Maa:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Merkistö:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Poista pysyvästi</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Vie…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Muoto:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Ryhmät:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>&quot;(detected)&quot; marks what the detector said, not whatever the file was read again with</extracomment>
        <translation>&amp;Tuo</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <extracomment>the CSV export&apos;s BOM choice is remembered for the session</extracomment>
        <translation>&amp;Tuo…</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Säilytä:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Yhdistä</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>&amp;Avaa yhteystieto</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Avaa tietue</translation>
    </message>
    <message>
        <source>&amp;Practice sheet…</source>
        <translation>&amp;Käytäntökortti…</translation>
    </message>
    <message>
        <source>&amp;Read it this way</source>
        <translation>&amp;Lue näin</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Tietueet:</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup file…</source>
        <translation>Pa&amp;lauta varmuuskopiotiedostosta…</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Erotin:</translation>
    </message>
    <message>
        <source>&amp;Use this country</source>
        <translation>&amp;Käytä tätä maata</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>(tunnistettu)</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(ei luettavissa)</translation>
    </message>
    <message>
        <source>(nothing to compare)</source>
        <translation>(ei mitään verrattavaa)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {size}, {count} columns</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {size}, sarakkeita {count}</translation>
    </message>
    <message>
        <source>A .vcf file that address books and phones can read.</source>
        <translation>.vcf-tiedosto, jonka osoitekirjat ja puhelimet osaavat lukea.</translation>
    </message>
    <message>
        <source>A backup can only be restored into an empty workspace, and this one already holds {practices} practices, {contacts} contacts and {tools} tools. Nothing was changed.

To restore, choose a new, empty data folder under File → Settings, restart RuralDesk, and restore there.</source>
        <translation>Varmuuskopion voi palauttaa vain tyhjään työtilaan, ja tässä on jo {practices} käytäntöä, {contacts} yhteystietoa ja {tools} työkalua. Mitään ei muutettu.

Palauttaaksesi valitse uusi, tyhjä tietokansio kohdassa Tiedosto → Asetukset, käynnistä RuralDesk uudelleen ja palauta siellä.</translation>
    </message>
    <message>
        <source>A printable sheet (PDF or Markdown) of the practice shown, or of several</source>
        <translation>Tulostettava kortti (PDF tai Markdown) näytettävästä käytännöstä tai useammasta</translation>
    </message>
    <message>
        <source>A sheet to print or share: the key facts, what was done, what was learned, and who to ask. Headings are in each practice&apos;s language.</source>
        <translation>Kortti tulostettavaksi tai jaettavaksi: keskeiset tiedot, mitä tehtiin, mitä opittiin ja keneltä kysyä. Otsikot ovat kunkin käytännön kielellä.</translation>
    </message>
    <message>
        <source>A sync is running. Wait until it has finished, then restore again.</source>
        <translation>Synkronointi on käynnissä. Odota, kunnes se on valmis, ja palauta sitten uudelleen.</translation>
    </message>
    <message>
        <source>Attachments not on this computer (kept on the group server) are not in the backup: {count}.</source>
        <translation>Liitteet, jotka eivät ole tällä tietokoneella (vaan ryhmäpalvelimella), eivät ole varmuuskopiossa: {count}.</translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation>Varmuuskopioi työtila</translation>
    </message>
    <message>
        <source>Backed up {records} records and {files} attachment files to {path}.</source>
        <translation>Varmuuskopioitu {records} tietuetta ja {files} liitetiedostoa kohteeseen {path}.</translation>
    </message>
    <message>
        <source>Backing up to {name}</source>
        <translation>Varmuuskopioidaan: {name}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Varmuuskopio tehty</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Varmuuskopio palautettu</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>Varmuuskopiot (*.zip)</translation>
    </message>
    <message>
        <source>Backups (*.zip);;All files (*)</source>
        <translation>Varmuuskopiot (*.zip);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Bring a backup back into an empty workspace</source>
        <translation>Palauta varmuuskopio tyhjään työtilaan</translation>
    </message>
    <message>
        <source>Bring in contacts, practices or tools from a CSV/TSV table or a vCard file</source>
        <translation>Tuo yhteystietoja, käytäntöjä tai työkaluja CSV/TSV-taulukosta tai vCard-tiedostosta</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-taulukot (*.csv)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kortti</translation>
    </message>
    <message>
        <source>Cards read: {count}</source>
        <translation>Luettuja kortteja: {count}</translation>
    </message>
    <message>
        <source>Cards with a problem: {count}</source>
        <translation>Kortteja, joissa on ongelma: {count}</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>Tarkistetaan: {name}</translation>
    </message>
    <message>
        <source>Choose the encoding</source>
        <translation>Valitse merkistö</translation>
    </message>
    <message>
        <source>Choose the field each column goes into, or leave it out.</source>
        <translation>Valitse kenttä, johon kukin sarake tuodaan, tai jätä sarake pois.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sarake</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Sarake tiedostossa</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Sarakkeet</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}</source>
        <translation>Tuomatta jääneet sarakkeet: {columns}</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Tiedoston sarakkeet</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Pilkku ( , )</translation>
    </message>
    <message>
        <source>Contact to keep</source>
        <translation>Säilytettävä yhteystieto</translation>
    </message>
    <message>
        <source>Contacts that look like the same person or organisation, to merge</source>
        <translation>Yhteystiedot, jotka näyttävät samalta henkilöltä tai organisaatiolta, yhdistettäviksi</translation>
    </message>
    <message>
        <source>Contacts to merge</source>
        <translation>Yhdistettävät yhteystiedot</translation>
    </message>
    <message>
        <source>Country of the phone numbers</source>
        <translation>Puhelinnumeroiden maa</translation>
    </message>
    <message>
        <source>Delete the contact for good, everywhere, and list the mentions to review</source>
        <translation>Poista yhteystieto pysyvästi kaikkialta ja luettele tarkistettavat maininnat</translation>
    </message>
    <message>
        <source>Double-click to open the contact already here</source>
        <translation>Avaa jo olemassa oleva yhteystieto kaksoisnapsauttamalla</translation>
    </message>
    <message>
        <source>Duplicate contacts</source>
        <translation>Päällekkäiset yhteystiedot</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>Poista henkilö p&amp;ysyvästi…</translation>
    </message>
    <message>
        <source>E&amp;xport everything about this person…</source>
        <translation>&amp;Vie kaikki tämän henkilön tiedot…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Poista pysyvästi</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Poista henkilö pysyvästi</translation>
    </message>
    <message>
        <source>Erase “{name}” and everything held about them?</source>
        <translation>Poistetaanko ”{name}” ja kaikki hänestä säilytetty pysyvästi?</translation>
    </message>
    <message>
        <source>Erasing {name}</source>
        <translation>Poistetaan pysyvästi: {name}</translation>
    </message>
    <message>
        <source>Every contact in the list ({count})</source>
        <translation>Kaikki luettelon yhteystiedot ({count})</translation>
    </message>
    <message>
        <source>Every practice in the list ({count}), in one document</source>
        <translation>Kaikki luettelon käytännöt ({count}) yhtenä asiakirjana</translation>
    </message>
    <message>
        <source>Every row must be right before anything is imported. Fix these rows in the file and import it again, or import only the valid rows.</source>
        <translation>Jokaisen rivin on oltava kunnossa ennen kuin mitään tuodaan. Korjaa nämä rivit tiedostossa ja tuo se uudelleen, tai tuo vain kelvolliset rivit.</translation>
    </message>
    <message>
        <source>Everything about “{name}” was saved to {path}</source>
        <translation>Kaikki tiedot henkilöstä ”{name}” tallennettiin kohteeseen {path}</translation>
    </message>
    <message>
        <source>Everything in this workspace, attachments included, in one file</source>
        <translation>Kaikki tämän työtilan tiedot liitteineen yhdessä tiedostossa</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Esimerkki</translation>
    </message>
    <message>
        <source>Excel on Windows shows accented letters correctly only with this mark</source>
        <translation>Windowsin Excel näyttää ääkköset ja muut tarkkeet oikein vain tämän merkinnän kanssa</translation>
    </message>
    <message>
        <source>Export contacts as &amp;vCard…</source>
        <translation>Vie yhteystiedot v&amp;Card-tiedostoon…</translation>
    </message>
    <message>
        <source>Export contacts as vCard</source>
        <translation>Vie yhteystiedot vCard-tiedostoon</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Vie kaikki tämän henkilön tiedot</translation>
    </message>
    <message>
        <source>Export list as &amp;CSV…</source>
        <translation>Vie luettelo C&amp;SV-tiedostoon…</translation>
    </message>
    <message>
        <source>Export list as CSV</source>
        <translation>Vie luettelo CSV-tiedostoon</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Vie:</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {path}</source>
        <translation>Vietiin {count} yhteystietoa kohteeseen {path}</translation>
    </message>
    <message>
        <source>Exported {count} records to {path}</source>
        <translation>Vietiin {count} tietuetta kohteeseen {path}</translation>
    </message>
    <message>
        <source>Exporting to {name}</source>
        <translation>Viedään: {name}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Tuotava tiedosto</translation>
    </message>
    <message>
        <source>Find &amp;duplicate contacts…</source>
        <translation>Etsi &amp;päällekkäiset yhteystiedot…</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Löydetty</translation>
    </message>
    <message>
        <source>Groups of likely duplicates</source>
        <translation>Todennäköisten kaksoiskappaleiden ryhmät</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation>Tuo &amp;tyyppinä:</translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>Tuo taulukko</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Tuonnin tiedot</translation>
    </message>
    <message>
        <source>Import findings</source>
        <translation>Tuonnin havainnot</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Tuo kohteeseen</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Tuontiraportti</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Tuonnin tulos</translation>
    </message>
    <message>
        <source>Import the column “{name}” into</source>
        <translation>Tuo sarake ”{name}” kenttään</translation>
    </message>
    <message>
        <source>Import the rows without a problem and leave the others out</source>
        <translation>Tuo rivit, joissa ei ole ongelmia, ja jätä muut pois</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>Tuo vain kelvolliset rivit</translation>
    </message>
    <message>
        <source>Import the valid rows only ({count})</source>
        <translation>Tuo vain kelvolliset rivit ({count})</translation>
    </message>
    <message>
        <source>Imported: {count}</source>
        <translation>Tuotu: {count}</translation>
    </message>
    <message>
        <source>Imported: {count} {what}.</source>
        <translation>Tuotu: {count} {what}.</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Tuodaan: {name}</translation>
    </message>
    <message>
        <source>It did not work: {reason}</source>
        <translation>Se ei onnistunut: {reason}</translation>
    </message>
    <message>
        <source>Its links are removed from {count} linked records.</source>
        <translation>Sen linkit poistetaan {count} linkitetystä tietueesta.</translation>
    </message>
    <message>
        <source>Its past values are scrubbed from the history of changes.</source>
        <translation>Sen aiemmat arvot pyyhitään muutoshistoriasta.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-tiedostot (*.json)</translation>
    </message>
    <message>
        <source>Looking for duplicate contacts</source>
        <translation>Etsitään päällekkäisiä yhteystietoja</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Näyttää samalta kuin</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Markdown-teksti</translation>
    </message>
    <message>
        <source>Mentions of the person&apos;s name, e-mails or phones in other records&apos; text are not changed: you get a list of them to review afterwards.</source>
        <translation>Henkilön nimen, sähköpostiosoitteiden tai puhelinnumeroiden mainintoja muiden tietueiden tekstissä ei muuteta: saat niistä jälkikäteen luettelon tarkistettavaksi.</translation>
    </message>
    <message>
        <source>Mentions to review</source>
        <translation>Tarkistettavat maininnat</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Yhdistä yhteystiedot</translation>
    </message>
    <message>
        <source>Merge the ticked contacts into the one kept</source>
        <translation>Yhdistä valitut yhteystiedot säilytettävään</translation>
    </message>
    <message>
        <source>Merged {count} contacts into one; records relinked: {relinked}.</source>
        <translation>{count} yhteystietoa yhdistettiin yhdeksi; uudelleen linkitettyjä tietueita: {relinked}.</translation>
    </message>
    <message>
        <source>Names as {encoding} reads them</source>
        <translation>Nimet merkistönä {encoding} luettuina</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>Varmuuskopiota ei tehty: {reason}</translation>
    </message>
    <message>
        <source>No column goes into a field yet: choose at least one.</source>
        <translation>Yhtään saraketta ei ole vielä liitetty kenttään: valitse vähintään yksi.</translation>
    </message>
    <message>
        <source>No likely duplicates</source>
        <translation>Ei todennäköisiä kaksoiskappaleita</translation>
    </message>
    <message>
        <source>No likely duplicates were found.</source>
        <translation>Todennäköisiä kaksoiskappaleita ei löytynyt.</translation>
    </message>
    <message>
        <source>No other record links to it.</source>
        <translation>Mikään muu tietue ei linkity siihen.</translation>
    </message>
    <message>
        <source>No phone region is set for this workspace.</source>
        <translation>Tälle työtilalle ei ole asetettu puhelinaluetta.</translation>
    </message>
    <message>
        <source>Not imported ({count})</source>
        <translation>Ei tuotu ({count})</translation>
    </message>
    <message>
        <source>Not imported: no country was chosen for the phone numbers of {name}. Nothing was changed.</source>
        <translation>Ei tuotu: tiedoston {name} puhelinnumeroille ei valittu maata. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Not imported: no encoding was chosen for {name}. Nothing was changed.</source>
        <translation>Ei tuotu: tiedostolle {name} ei valittu merkistöä. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Not set (asked when needed)</source>
        <translation>Ei asetettu (kysytään tarvittaessa)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>Nothing was erased: {reason}</source>
        <translation>Mitään ei poistettu: {reason}</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Mitään ei viety: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Mitään ei tuotu.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file holds no records.</source>
        <translation>Mitään ei tuotu: tiedostossa ei ole tietueita.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Mitään ei tuotu: {reason}</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Mitään ei palautettu: {reason}</translation>
    </message>
    <message>
        <source>Only the valid rows were imported; the rows below were left out.</source>
        <translation>Vain kelvolliset rivit tuotiin; alla olevat rivit jätettiin pois.</translation>
    </message>
    <message>
        <source>Open the highlighted contact</source>
        <translation>Avaa korostettu yhteystieto</translation>
    </message>
    <message>
        <source>Open the highlighted record</source>
        <translation>Avaa korostettu tietue</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-asiakirja</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <source>Phone numbers without a country code</source>
        <translation>Puhelinnumerot ilman maatunnusta</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as {country}.</source>
        <translation>Puhelinnumerot ilman maatunnusta tulkitaan maan {country} numeroiksi.</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Puhelinalue</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mahdolliset kaksoiskappaleet</translation>
    </message>
    <message>
        <source>Possible duplicates ({count})</source>
        <translation>Mahdolliset kaksoiskappaleet ({count})</translation>
    </message>
    <message>
        <source>Possibly already here: {count} (see “Possible duplicates”)</source>
        <translation>Mahdollisesti jo täällä: {count} (katso ”Mahdolliset kaksoiskappaleet”)</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Käytäntökortti</translation>
    </message>
    <message>
        <source>Practice sheets written: {count}, in {path}</source>
        <translation>Käytäntökortteja kirjoitettu: {count}, kohteeseen {path}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Esikatselu</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Tuonnin esikatselu</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Esikatselun yhteenveto</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Ongelmat</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Ongelmat ({count})</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Ominaisuus</translation>
    </message>
    <message>
        <source>Read as {encoding}</source>
        <translation>Lue merkistönä {encoding}</translation>
    </message>
    <message>
        <source>Read as: {preset}</source>
        <translation>Luettu muodossa: {preset}</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>Luetaan tiedostoa uudelleen…</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Luetaan: {name}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Recognised export</source>
        <translation>Tunnistettu vientimuoto</translation>
    </message>
    <message>
        <source>Recognised: &lt;b&gt;{preset}&lt;/b&gt;. Its columns are matched below; check them before importing.</source>
        <translation>Tunnistettu: &lt;b&gt;{preset}&lt;/b&gt;. Sen sarakkeet on yhdistetty alla; tarkista ne ennen tuontia.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Tietue</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Palauta varmuuskopiotiedostosta</translation>
    </message>
    <message>
        <source>Restore {count} records from {name} (made on {date}) into this empty workspace?</source>
        <translation>Palautetaanko {count} tietuetta varmuuskopiosta {name} (tehty {date}) tähän tyhjään työtilaan?</translation>
    </message>
    <message>
        <source>Restored {records} records and {files} attachment files from {name}.</source>
        <translation>Palautettu {records} tietuetta ja {files} liitetiedostoa varmuuskopiosta {name}.</translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation>Palautetaan: {name}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; all ready to import.</source>
        <translation>Esikatseltuja rivejä: {count}; kaikki valmiita tuotaviksi.</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; with a problem: {bad}. Fix them in the file, or change the columns above.</source>
        <translation>Esikatseltuja rivejä: {count}; ongelmallisia: {bad}. Korjaa ne tiedostossa tai muuta yllä olevia sarakkeita.</translation>
    </message>
    <message>
        <source>Rows read: {count}</source>
        <translation>Luettuja rivejä: {count}</translation>
    </message>
    <message>
        <source>Rows with a problem: {count}</source>
        <translation>Rivejä, joissa on ongelma: {count}</translation>
    </message>
    <message>
        <source>Save the list shown, with its columns and filters, as a table</source>
        <translation>Tallenna näytettävä luettelo sarakkeineen ja suodattimineen taulukoksi</translation>
    </message>
    <message>
        <source>Save the selected contacts, or the whole list, for an address book or a phone</source>
        <translation>Tallenna valitut yhteystiedot tai koko luettelo osoitekirjaa tai puhelinta varten</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Puolipiste ( ; )</translation>
    </message>
    <message>
        <source>Show a contact first.</source>
        <translation>Näytä ensin yhteystieto.</translation>
    </message>
    <message>
        <source>Show a practice, or the list of practices, to make sheets of them.</source>
        <translation>Näytä käytäntö tai käytäntöjen luettelo tehdäksesi niistä kortteja.</translation>
    </message>
    <message>
        <source>Show the contacts (or search for some) and select the ones to export.</source>
        <translation>Näytä yhteystiedot (tai hae niitä) ja valitse vietävät.</translation>
    </message>
    <message>
        <source>Stopped: {what}. Nothing was changed.</source>
        <translation>Keskeytetty: {what}. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Sarkain</translation>
    </message>
    <message>
        <source>Tables and address books (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Taulukot ja osoitekirjat (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <source>The choice can still be changed under “Encoding” in the next step.</source>
        <translation>Valintaa voi vielä muuttaa seuraavassa vaiheessa kohdassa ”Merkistö”.</translation>
    </message>
    <message>
        <source>The contact is deleted from this computer for good: not to the trash, and it cannot be undone.</source>
        <translation>Yhteystieto poistetaan tältä tietokoneelta pysyvästi: se ei siirry roskakoriin, eikä poistoa voi kumota.</translation>
    </message>
    <message>
        <source>The contact, its history and every record linked to or mentioning it, as JSON</source>
        <translation>Yhteystieto, sen historia ja kaikki siihen linkitetyt tai sen mainitsevat tietueet JSON-muodossa</translation>
    </message>
    <message>
        <source>The contacts were not exported: {reason}</source>
        <translation>Yhteystietoja ei viety: {reason}</translation>
    </message>
    <message>
        <source>The contacts were not merged: {reason}</source>
        <translation>Yhteystietoja ei yhdistetty: {reason}</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code, for this workspace</source>
        <translation>Ilman maatunnusta kirjoitettujen puhelinnumeroiden maa tässä työtilassa</translation>
    </message>
    <message>
        <source>The file cannot be previewed: {reason}</source>
        <translation>Tiedostoa ei voi esikatsella: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read that way: {reason}</source>
        <translation>Tiedostoa ei voi lukea näin: {reason}</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows with a problem are marked; the import stops if any row of the file has one.</source>
        <translation>Ensimmäiset rivit sellaisina kuin ne tallennetaan. Ongelmalliset rivit on merkitty; tuonti keskeytyy, jos yhdessäkin tiedoston rivissä on ongelma.</translation>
    </message>
    <message>
        <source>The letters of {name} can be read in more than one way, and we cannot tell which is right. Choose the column where the names are written correctly.</source>
        <translation>Tiedoston {name} kirjaimet voi lukea useammalla tavalla, emmekä pysty päättelemään, mikä on oikein. Valitse sarake, jossa nimet on kirjoitettu oikein.</translation>
    </message>
    <message>
        <source>The list was not exported: {reason}</source>
        <translation>Luetteloa ei viety: {reason}</translation>
    </message>
    <message>
        <source>The phone region was not saved: {reason}</source>
        <translation>Puhelinaluetta ei tallennettu: {reason}</translation>
    </message>
    <message>
        <source>The practice shown: {title}</source>
        <translation>Näytettävä käytäntö: {title}</translation>
    </message>
    <message>
        <source>The records the search found, with the columns the list shows for their type.</source>
        <translation>Haun löytämät tietueet niillä sarakkeilla, jotka luettelo näyttää niiden tyypille.</translation>
    </message>
    <message>
        <source>The search for duplicates stopped: {reason}</source>
        <translation>Kaksoiskappaleiden haku keskeytyi: {reason}</translation>
    </message>
    <message>
        <source>The search found nothing to export.</source>
        <translation>Haku ei löytänyt mitään vietävää.</translation>
    </message>
    <message>
        <source>The selected contacts ({count})</source>
        <translation>Valitut yhteystiedot ({count})</translation>
    </message>
    <message>
        <source>The selected practices ({count}), in one document</source>
        <translation>Valitut käytännöt ({count}) yhtenä asiakirjana</translation>
    </message>
    <message>
        <source>The sheet was not written: {reason}</source>
        <translation>Korttia ei kirjoitettu: {reason}</translation>
    </message>
    <message>
        <source>The trash cannot be exported. Choose practices, contacts, tools or themes.</source>
        <translation>Roskakoria ei voi viedä. Valitse käytäntöjä, yhteystietoja, työkaluja tai teemoja.</translation>
    </message>
    <message>
        <source>These contacts look like the same person or organisation. Merging keeps one contact, fills its empty fields from the others, moves every link and attachment to it, and moves the others to the trash (restorable).</source>
        <translation>Nämä yhteystiedot näyttävät samalta henkilöltä tai organisaatiolta. Yhdistäminen säilyttää yhden yhteystiedon, täyttää sen tyhjät kentät muista, siirtää siihen kaikki linkit ja liitteet ja siirtää muut roskakoriin (palautettavissa).</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}</source>
        <translation>Tätä tiedostoa ei voi tuoda: {reason}</translation>
    </message>
    <message>
        <source>This file cannot be restored: {reason}</source>
        <translation>Tätä tiedostoa ei voi palauttaa: {reason}</translation>
    </message>
    <message>
        <source>This is asked once and kept for the workspace; File → Settings changes it. Numbers with a country code, and rows that name a country, are read as they are.</source>
        <translation>Tämä kysytään kerran ja säilytetään työtilaa varten; sitä voi muuttaa kohdassa Tiedosto → Asetukset. Maatunnukselliset numerot ja rivit, joilla on maa, luetaan sellaisenaan.</translation>
    </message>
    <message>
        <source>This row has a problem</source>
        <translation>Tässä rivissä on ongelma</translation>
    </message>
    <message>
        <source>This workspace is not shared with a group server; copies elsewhere (backups, exports) are not touched.</source>
        <translation>Tätä työtilaa ei jaeta ryhmäpalvelimen kautta; muualla oleviin kopioihin (varmuuskopiot, viennit) ei kosketa.</translation>
    </message>
    <message>
        <source>This workspace is shared: the erasure is sent to the group server at the next sync, and every member&apos;s copy erases it too.</source>
        <translation>Tämä työtila on jaettu: pysyvä poisto lähetetään ryhmäpalvelimelle seuraavassa synkronoinnissa, ja se poistetaan myös jokaisen jäsenen kopiosta.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>UTF-8 with &amp;BOM, for Excel</source>
        <translation>UTF-8 ja &amp;BOM, Exceliä varten</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <extracomment>the collections a table can be imported into</extracomment>
        <translation>UTF-8 ja BOM</translation>
    </message>
    <message>
        <source>UTF-8 with BOM, for Excel</source>
        <translation>UTF-8 ja BOM, Exceliä varten</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Pystyviiva ( | )</translation>
    </message>
    <message>
        <source>Wait until the work in progress (an import, an export) has finished, then restore again.</source>
        <translation>Odota, kunnes käynnissä oleva työ (tuonti tai vienti) on valmis, ja palauta sitten uudelleen.</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Varoitukset ({count})</translation>
    </message>
    <message>
        <source>What erasing does</source>
        <translation>Mitä pysyvä poisto tekee</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>Miksi ne näyttävät samalta</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>Syy: {reasons}</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>Kirjoitetaan: {name}</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>sarake {number}</translation>
    </message>
    <message>
        <source>created {date}</source>
        <translation>luotu {date}</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>faksi</translation>
    </message>
    <message>
        <source>home</source>
        <translation>koti</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>matkapuhelin</translation>
    </message>
    <message>
        <source>other</source>
        <translation>muu</translation>
    </message>
    <message>
        <source>practice-sheets</source>
        <translation>kaytantokortit</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>tämä tiedosto</translation>
    </message>
    <message>
        <source>vCard 3.0 (older phones)</source>
        <translation>vCard 3.0 (vanhemmat puhelimet)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-tiedostot (*.vcf)</translation>
    </message>
    <message>
        <source>work</source>
        <translation>työ</translation>
    </message>
    <message>
        <source>{name} holds phone numbers without a country code (such as “{example}”) on rows that name no country. In which country are they?</source>
        <translation>{name} sisältää puhelinnumeroita ilman maatunnusta (kuten ”{example}”) riveillä, joilla ei ole maata. Minkä maan numeroita ne ovat?</translation>
    </message>
    <message>
        <source>{name} — {details}</source>
        <translation>{name} — {details}</translation>
    </message>
    <message>
        <source>{what}: every record the list shows ({count}), with its filters, its order and the columns shown.</source>
        <translation>{what}: kaikki luettelon näyttämät tietueet ({count}) suodattimineen, järjestyksineen ja näkyvine sarakkeineen.</translation>
    </message>
    <message>
        <source>{what}: {count} found</source>
        <translation>{what}: löytyi {count}</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>— jätä pois —</translation>
    </message>
    <message>
        <source>“{name}” was erased.</source>
        <translation>”{name}” poistettiin pysyvästi.</translation>
    </message>
    <message>
        <source>“{name}” was erased. No other record mentions them in its text.</source>
        <translation>”{name}” poistettiin pysyvästi. Mikään muu tietue ei mainitse häntä tekstissään.</translation>
    </message>
    <message>
        <source>“{name}” was erased. These records still mention them in their text. Open each one and remove or reword the mention where it is personal data.</source>
        <translation>”{name}” poistettiin pysyvästi. Nämä tietueet mainitsevat hänet yhä tekstissään. Avaa kukin ja poista tai muotoile maininta uudelleen, jos se on henkilötieto.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Give the currency of the funding amount</source>
        <translation>Anna rahoituksen määrän valuutta</translation>
    </message>
    <message>
        <source>Region {value} is not in {country}</source>
        <translation>Alue {value} ei ole maassa {country}</translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation>Päättymispäivä on ennen alkamispäivää</translation>
    </message>
    <message>
        <source>Unknown field “{value}”</source>
        <translation>Tuntematon kenttä ”{value}”</translation>
    </message>
    <message>
        <source>{label} cannot be negative</source>
        <translation>{label} ei voi olla negatiivinen</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label} on pakollinen</translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters, at most {limit})</source>
        <translation>{label} on liian pitkä ({length} merkkiä, enintään {limit})</translation>
    </message>
    <message>
        <source>{label} must be a list</source>
        <translation>Kentän {label} on oltava luettelo</translation>
    </message>
    <message>
        <source>{label} must be a list of text</source>
        <translation>Kentän {label} on oltava tekstiluettelo</translation>
    </message>
    <message>
        <source>{label} must be a number, not “{value}”</source>
        <translation>Kentän {label} on oltava luku, ei ”{value}”</translation>
    </message>
    <message>
        <source>{label} must be a whole number</source>
        <translation>Kentän {label} on oltava kokonaisluku</translation>
    </message>
    <message>
        <source>{label} must be text</source>
        <translation>Kentän {label} on oltava tekstiä</translation>
    </message>
    <message>
        <source>{label}: each entry needs a value</source>
        <translation>{label}: jokaisella merkinnällä on oltava arvo</translation>
    </message>
    <message>
        <source>“{value}” is not a NUTS region code</source>
        <translation>”{value}” ei ole NUTS-aluekoodi</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD)</source>
        <translation>”{value}” ei ole päivämäärä (käytä muotoa VVVV-KK-PP)</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number (use +country code, e.g. +351 21 000 0000)</source>
        <translation>”{value}” ei ole puhelinnumero (käytä muotoa +maatunnus, esim. +358 9 123 4567)</translation>
    </message>
    <message>
        <source>“{value}” is not a possible phone number</source>
        <translation>”{value}” ei ole mahdollinen puhelinnumero</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>”{value}” ei ole tietueen tunniste</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address</source>
        <translation>”{value}” ei ole kelvollinen sähköpostiosoite</translation>
    </message>
    <message>
        <source>“{value}” is not a web address (it should start with https://)</source>
        <translation>”{value}” ei ole verkko-osoite (sen pitäisi alkaa https://)</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 3166 country code</source>
        <translation>”{value}” ei ole ISO 3166 -maakoodi</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 4217 currency code</source>
        <translation>”{value}” ei ole ISO 4217 -valuuttakoodi</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 639 language code</source>
        <translation>”{value}” ei ole ISO 639 -kielikoodi</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>”{value}” ei ole mikään seuraavista: {choices}</translation>
    </message>
</context>
<context>
    <name>WhatsNew</name>
    <message>
        <source>&amp;What&apos;s new</source>
        <translation>&amp;Mitä uutta</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(nimetön)</translation>
    </message>
    <message>
        <source>By {who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>Changed contact: {title}</source>
        <translation>Muutettu yhteystieto: {title}</translation>
    </message>
    <message>
        <source>Changed practice: {title}</source>
        <translation>Muutettu käytäntö: {title}</translation>
    </message>
    <message>
        <source>Changed tool: {title}</source>
        <translation>Muutettu työkalu: {title}</translation>
    </message>
    <message>
        <source>Everything here is read.</source>
        <translation>Kaikki on luettu.</translation>
    </message>
    <message>
        <source>First sync: {items} from your group</source>
        <translation>Ensimmäinen synkronointi: {items} ryhmältäsi</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>Merkitse &amp;kaikki luetuiksi</translation>
    </message>
    <message>
        <source>Mark everything in What&apos;s new as read</source>
        <translation>Merkitse kaikki uutiset luetuiksi</translation>
    </message>
    <message>
        <source>New contact: {title}</source>
        <translation>Uusi yhteystieto: {title}</translation>
    </message>
    <message>
        <source>New practice: {title}</source>
        <translation>Uusi käytäntö: {title}</translation>
    </message>
    <message>
        <source>New tool: {title}</source>
        <translation>Uusi työkalu: {title}</translation>
    </message>
    <message>
        <source>Nothing new from your group yet. When others add or change practices, contacts or tools, they are listed here after a sync.</source>
        <translation>Ryhmältäsi ei ole vielä mitään uutta. Kun muut lisäävät tai muuttavat käytäntöjä, yhteystietoja tai työkaluja, ne näkyvät täällä synkronoinnin jälkeen.</translation>
    </message>
    <message>
        <source>Only &amp;unread</source>
        <translation>Vain &amp;lukemattomat</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Tietuetta ei enää ole täällä.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <source>Unread: {line}</source>
        <translation>Lukematon: {line}</translation>
    </message>
    <message>
        <source>What arrived from your group</source>
        <translation>Mitä ryhmältäsi on tullut</translation>
    </message>
    <message>
        <source>What your group added or changed since you last looked</source>
        <translation>Mitä ryhmäsi on lisännyt tai muuttanut viime käyntisi jälkeen</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Mitä uutta</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Eilen</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>joku</translation>
    </message>
    <message>
        <source>{day} · {who}: {counts}</source>
        <translation>{day} · {who}: {counts}</translation>
    </message>
    <message>
        <source>{items} from your group</source>
        <translation>{items} ryhmältäsi</translation>
    </message>
</context>
</TS>
