<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu_HU" sourcelanguage="en">
<context>
    <name>Attachments</name>
    <message>
        <source>Close</source>
        <translation>Bezárás</translation>
    </message>
    <message>
        <source>No program to open this file</source>
        <translation>Nincs program a fájl megnyitásához</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Másolat mentése</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Másolat mentése…</translation>
    </message>
    <message>
        <source>This computer has no program that opens “{name}”. You can save a copy and open it later with a program of your choice.</source>
        <translation>Ezen a számítógépen nincs olyan program, amely megnyitja ezt: „{name}”. Mentsen róla másolatot, és nyissa meg később egy tetszőleges programmal.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Advice service</source>
        <translation>Tanácsadó szolgálat</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Hatóság</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Rossz</translation>
    </message>
    <message>
        <source>Community cooperative</source>
        <translation>Közösségi szövetkezet</translation>
    </message>
    <message>
        <source>Community foundation</source>
        <translation>Közösségi alapítvány</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Hozzájárulás</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Szerződés</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Piszkozat</translation>
    </message>
    <message>
        <source>Finance service</source>
        <translation>Finanszírozási szolgáltató</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Jó</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Útmutató</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Otthoni</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Jogi kötelezettség</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Jogos érdek</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Helyi önkormányzat</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Módszertan</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Vegyes</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Szervezet</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Egyéb</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Személy</translation>
    </message>
    <message>
        <source>Policy recommendation</source>
        <translation>Szakpolitikai ajánlás</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Közérdekű feladat</translation>
    </message>
    <message>
        <source>Regional authority</source>
        <translation>Regionális hatóság</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Megosztott</translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation>Szociális vállalkozás</translation>
    </message>
    <message>
        <source>Support service</source>
        <translation>Támogató szolgálat</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sablon</translation>
    </message>
    <message>
        <source>Third place</source>
        <translation>Harmadik hely</translation>
    </message>
    <message>
        <source>Toolkit</source>
        <translation>Eszköztár</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Képzés</translation>
    </message>
    <message>
        <source>Village association</source>
        <translation>Falusi egyesület</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Létfontosságú érdek</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Visszavonva</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Munkahelyi</translation>
    </message>
    <message>
        <source>Work integration enterprise</source>
        <translation>Munkaerőpiaci integrációs vállalkozás</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <source>Attachment</source>
        <translation>Melléklet</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Mellékletek</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Névjegy</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Névjegyek</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Beszélgetés</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Beszélgetések</translation>
    </message>
    <message>
        <source>Linked contacts</source>
        <translation>Kapcsolt névjegyek</translation>
    </message>
    <message>
        <source>Linked practices</source>
        <translation>Kapcsolt gyakorlatok</translation>
    </message>
    <message>
        <source>Linked tools</source>
        <translation>Kapcsolt eszközök</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Új névjegy</translation>
    </message>
    <message>
        <source>New practice</source>
        <extracomment>the interface languages, each named in itself (never translated), in the order the EU lists its 24 official languages: alphabetical by that own name (български, español, čeština, …)</extracomment>
        <translation>Új gyakorlat</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Új téma</translation>
    </message>
    <message>
        <source>New tool</source>
        <translation>Új eszköz</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Hozzászólás</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Hozzászólások</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Gyakorlat</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Gyakorlatok</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Téma</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Témák</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Eszköz</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Eszközök</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Elvetés</translation>
    </message>
    <message>
        <source>&amp;Leave it deleted</source>
        <translation>Maradjon &amp;törölve</translation>
    </message>
    <message>
        <source>&amp;Merged value (edit, then save):</source>
        <translation>Ö&amp;sszefésült érték (szerkessze, majd mentse):</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Bejegyzés megnyitása</translation>
    </message>
    <message>
        <source>&amp;Restore the record</source>
        <translation>Bejegyzés &amp;visszaállítása</translation>
    </message>
    <message>
        <source>&amp;Save merged value</source>
        <translation>Összefésült érték &amp;mentése</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>kinds whose stored values are codes or ids: shown by name, in the interface language</extracomment>
        <translation>(üres)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(névtelen)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Ütközések</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>A saját&amp;om megtartása</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>A másik&amp;é megtartása</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Összefésült érték</translation>
    </message>
    <message>
        <source>No conflicts: everything your group changed fitted together.</source>
        <translation>Nincs ütközés: a csoport minden módosítása összeegyeztethető volt.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nincs mentve: {error}</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Nyitott ütközések</translation>
    </message>
    <message>
        <source>Refused: {title} — {field}</source>
        <translation>Elutasítva: {title} — {field}</translation>
    </message>
    <message>
        <source>Settled: “{title}” — {field}. Your choice is shared with the group at the next sync.</source>
        <translation>Rendezve: „{title}” — {field}. A döntését a következő szinkronizáláskor megkapja a csoport.</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>A másik érték</translation>
    </message>
    <message>
        <source>Theirs — by {who}, {when}</source>
        <translation>A másik — {who}, {when}</translation>
    </message>
    <message>
        <source>When two people changed the same thing before syncing, the group server kept one value and set the other aside. Choose what the record should say; your choice is shared with everyone at the next sync.</source>
        <translation>Amikor ketten ugyanazt módosították szinkronizálás előtt, a csoportszerver megtartotta az egyik értéket, a másikat pedig félretette. Válassza ki, mi szerepeljen a bejegyzésben; a döntését a következő szinkronizáláskor mindenki megkapja.</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Miért utasította el a szerver</translation>
    </message>
    <message>
        <source>Your change ({when})</source>
        <translation>Az Ön módosítása ({when})</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Az Ön értéke</translation>
    </message>
    <message>
        <source>Yours — by {who}, {when}</source>
        <translation>A saját — {who}, {when}</translation>
    </message>
    <message>
        <source>another member</source>
        <translation>egy másik tag</translation>
    </message>
    <message>
        <source>deleted or kept</source>
        <translation>törölve vagy megtartva</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nem</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>a csoport</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>igen</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Ön</translation>
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
        <translation>(névtelen)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Szerkesztés megszakítása</translation>
    </message>
    <message>
        <source>Choose a record in the list, or press Ctrl+N to add one.</source>
        <translation>Válasszon egy bejegyzést a listából, vagy nyomja le a Ctrl+N billentyűket egy új felvételéhez.</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>the record now shown (None: none), for what sits beside it (ui/discussions: its comments)</extracomment>
        <translation>Részletek</translation>
    </message>
    <message>
        <source>Edit form</source>
        <translation>Szerkesztőűrlap</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Szerkesztés: {title}</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>A *-gal jelölt mezők kitöltése kötelező.</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Kilép mentés nélkül?</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Javítsa ki az alább megjelölt mezőket.</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Hiba a következő mezőben: {field}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bejegyzés</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Kötelező</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Mentés</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>A bejegyzés mentése</translation>
    </message>
    <message>
        <source>Your changes to this record are not saved. Leave the form and lose them?</source>
        <translation>A bejegyzésen végzett módosításai nincsenek mentve. Kilép az űrlapból, és elveti őket?</translation>
    </message>
    <message>
        <source>created by {who}</source>
        <translation>létrehozta: {who}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <extracomment>a member id as people read it (the group&apos;s member directory, store.news.name)</extracomment>
        <translation>a Lomtárban</translation>
    </message>
    <message>
        <source>last changed {when} by {who}</source>
        <translation>utoljára módosította: {who}, {when}</translation>
    </message>
    <message>
        <source>not on this computer yet</source>
        <translation>még nincs ezen a számítógépen</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>eltávolítás</translation>
    </message>
    <message>
        <source>unlink</source>
        <translation>kapcsolat bontása</translation>
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
        <translation> perc</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>&amp;Mellékletek:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Tallózás…</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Adatmappa:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Betűméret:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Kezelőfelület nyelve:</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>&amp;Meghívókód:</translation>
    </message>
    <message>
        <source>&amp;Phone region:</source>
        <translation>&amp;Telefonos régió:</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start.</source>
        <translation>Az új adatmappa a következő indítástól lesz használatban.</translation>
    </message>
    <message>
        <source>Add your own practices, contacts and tools.</source>
        <translation>Vegye fel saját gyakorlatait, névjegyeit és eszközeit.</translation>
    </message>
    <message>
        <source>As&amp;k before a sync changes more than:</source>
        <translation>Kérdezzen, &amp;ha egy szinkronizálás többet módosítana, mint:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Adatmappa kiválasztása</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Oszlopok</translation>
    </message>
    <message>
        <source>Connect to a group server</source>
        <translation>Csatlakozás csoportszerverhez</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Adatmappa</translation>
    </message>
    <message>
        <source>Default data folder</source>
        <translation>Alapértelmezett adatmappa</translation>
    </message>
    <message>
        <source>Demo records per collection</source>
        <translation>Bemutató bejegyzések gyűjteményenként</translation>
    </message>
    <message>
        <source>Download when opened</source>
        <translation>Letöltés megnyitáskor</translation>
    </message>
    <message>
        <source>Fictional practices, contacts and tools in seven languages, to try things out. You can delete them later.</source>
        <translation>Kitalált gyakorlatok, névjegyek és eszközök hét nyelven, kipróbáláshoz. Később törölheti őket.</translation>
    </message>
    <message>
        <source>Find records to link</source>
        <translation>Kapcsolandó bejegyzések keresése</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Meghívókód</translation>
    </message>
    <message>
        <source>Join your group&apos;s shared repository with the invitation code your coordinator sent you.</source>
        <translation>Csatlakozzon csoportja közös adattárához a koordinátortól kapott meghívókóddal.</translation>
    </message>
    <message>
        <source>Keep all offline</source>
        <translation>Minden legyen elérhető offline</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Bemutató adatok betöltése</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Csak ha kérem</translation>
    </message>
    <message>
        <source>Records per collection:</source>
        <translation>Bejegyzések gyűjteményenként:</translation>
    </message>
    <message>
        <source>Records to link</source>
        <translation>Kapcsolandó bejegyzések</translation>
    </message>
    <message>
        <source>RuralDesk keeps your group&apos;s practices, contacts and tools on this computer, and works without a connection. How would you like to start?</source>
        <translation>A RuralDesk ezen a számítógépen tárolja csoportja gyakorlatait, névjegyeit és eszközeit, és kapcsolat nélkül is működik. Hogyan szeretné kezdeni?</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>S&amp;zinkronizálás gyakorisága:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Beállítások</translation>
    </message>
    <message>
        <source>Show these columns:</source>
        <translation>Ezek az oszlopok jelenjenek meg:</translation>
    </message>
    <message>
        <source>Start with an empty workspace</source>
        <translation>Kezdés üres munkaterülettel</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Leállítás…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>A rendszer nyelve</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>A rendszer mérete</translation>
    </message>
    <message>
        <source>Type a name or a word to find records</source>
        <translation>Írjon be egy nevet vagy szót a bejegyzések kereséséhez</translation>
    </message>
    <message>
        <source>Welcome to RuralDesk</source>
        <translation>Üdvözli a RuralDesk</translation>
    </message>
    <message>
        <source>added {when}</source>
        <translation>hozzáadva: {when}</translation>
    </message>
    <message>
        <source>{title}: {done} of {total}</source>
        <translation>{title}: {done} / {total}</translation>
    </message>
</context>
<context>
    <name>Discussions</name>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n hozzászólás</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topics</source>
        <translation>
            <numerusform>%n témakör</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(nincs cím)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(nincs megadva)</translation>
    </message>
    <message>
        <source>A topic needs a title and an opening post.</source>
        <translation>A témakörhöz cím és nyitó hozzászólás kell.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Fájlok csatolása</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Fájlok csatolása…</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Csatolva:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Megjegyzések</translation>
    </message>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Megjegyzések (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the discussion: {error}</source>
        <translation>A beszélgetés exportálása nem sikerült: {error}</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>A mentés nem sikerült: {error}</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Piszkozat megtartva</translation>
    </message>
    <message>
        <source>Draft kept from {when}</source>
        <translation>Piszkozat megtartva ekkorról: {when}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Szerkesztés</translation>
    </message>
    <message>
        <source>Edit your post</source>
        <translation>Hozzászólása szerkesztése</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exportálás Markdown formátumban…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Exportálás PDF formátumban…</translation>
    </message>
    <message>
        <source>Export the discussion</source>
        <translation>A beszélgetés exportálása</translation>
    </message>
    <message>
        <source>Files to attach to this post</source>
        <translation>A hozzászóláshoz csatolandó fájlok</translation>
    </message>
    <message>
        <source>Files to attach: {names}</source>
        <translation>Csatolandó fájlok: {names}</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Egy koordinátor elrejtette: {reason}</translation>
    </message>
    <message>
        <source>Hidden from the group: {reason}</source>
        <translation>Elrejtve a csoport elől: {reason}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Elrejtés</translation>
    </message>
    <message>
        <source>Hide the discussion…</source>
        <translation>A beszélgetés elrejtése…</translation>
    </message>
    <message>
        <source>Hide…</source>
        <translation>Elrejtés…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Nyelv</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Nyelv:</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Utolsó tevékenység</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>New &amp;topic…</source>
        <translation>Új &amp;témakör…</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Új témakör</translation>
    </message>
    <message>
        <source>New topic…</source>
        <translation>Új témakör…</translation>
    </message>
    <message>
        <source>No posts yet. Write the first one below.</source>
        <translation>Még nincs hozzászólás. Írja meg alább az elsőt.</translation>
    </message>
    <message>
        <source>No topics yet. Start one with New topic; comments on a practice, tool or contact are at the foot of its page.</source>
        <translation>Még nincs témakör. Indítson egyet az Új témakör paranccsal; a gyakorlatokhoz, eszközökhöz és névjegyekhez írt megjegyzések azok oldalának alján találhatók.</translation>
    </message>
    <message>
        <source>Not a reply</source>
        <translation>Nem válasz</translation>
    </message>
    <message>
        <source>Not allowed: {reason}.</source>
        <translation>Nem engedélyezett: {reason}.</translation>
    </message>
    <message>
        <source>Opening post</source>
        <translation>Nyitó hozzászólás</translation>
    </message>
    <message>
        <source>Opening post:</source>
        <translation>Nyitó hozzászólás:</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Közzététel</translation>
    </message>
    <message>
        <source>Post it (Ctrl+Enter)</source>
        <translation>Közzététel (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Hozzászólás eltávolítva</translation>
    </message>
    <message>
        <source>Posted. It goes to the group at the next sync.</source>
        <translation>Közzétéve. A következő szinkronizáláskor eljut a csoporthoz.</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Hozzászólások</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Válasz</translation>
    </message>
    <message>
        <source>Replying to a post</source>
        <translation>Válasz egy hozzászólásra</translation>
    </message>
    <message>
        <source>Replying to {name}</source>
        <translation>Válasz neki: {name}</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier posts</source>
        <translation>
            <numerusform>%n korábbi hozzászólás megjelenítése</numerusform>
        </translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Megjelenítés újra</translation>
    </message>
    <message>
        <source>Show discussions</source>
        <translation>Beszélgetések megjelenítése</translation>
    </message>
    <message>
        <source>Start a discussion with the group</source>
        <translation>Beszélgetés indítása a csoporttal</translation>
    </message>
    <message>
        <source>Start a discussion with the group (Ctrl+Shift+D)</source>
        <translation>Beszélgetés indítása a csoporttal (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Indította</translation>
    </message>
    <message>
        <source>The discussion was written to {path}.</source>
        <translation>A beszélgetés ide került: {path}.</translation>
    </message>
    <message>
        <source>The earlier version stays in the post&apos;s history.</source>
        <translation>A korábbi változat megmarad a hozzászólás előzményeiben.</translation>
    </message>
    <message>
        <source>The opening post… *emphasis*, **strong**, - lists, [links](https://…), @member</source>
        <translation>A nyitó hozzászólás… *dőlt*, **félkövér**, - listák, [hivatkozások](https://…), @tag</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cím</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Cím:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Témakör</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Témakörök</translation>
    </message>
    <message>
        <source>Version {n}, {when}, by {name}</source>
        <translation>{n}. változat, {when}, {name}</translation>
    </message>
    <message>
        <source>Versions of the post</source>
        <translation>A hozzászólás változatai</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>Miről szól?</translation>
    </message>
    <message>
        <source>Why is it hidden? Everyone sees the reason in its place.</source>
        <translation>Miért rejti el? Mindenki látja az okot a helyén.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Visszavonás</translation>
    </message>
    <message>
        <source>Withdraw this post? Its text goes from the thread; its earlier versions stay in its history.</source>
        <translation>Visszavonja ezt a hozzászólást? A szövege eltűnik a beszélgetésből; korábbi változatai megmaradnak az előzményekben.</translation>
    </message>
    <message>
        <source>Withdraw your post</source>
        <translation>Hozzászólása visszavonása</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>A szerzője visszavonta.</translation>
    </message>
    <message>
        <source>Write a post… *emphasis*, **strong**, - lists, [links](https://…), @member (Ctrl+Enter posts)</source>
        <translation>Írjon hozzászólást… *dőlt*, **félkövér**, - listák, [hivatkozások](https://…), @tag (Ctrl+Enter: közzététel)</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Előbb írjon valamit.</translation>
    </message>
    <message>
        <source>Write to the whole thread instead (Escape)</source>
        <translation>Írás inkább az egész beszélgetésbe (Escape)</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>Az Ön hozzászólása</translation>
    </message>
    <message>
        <source>a discussion&apos;s rules do not allow this change</source>
        <translation>a beszélgetés szabályai nem engedik ezt a módosítást</translation>
    </message>
    <message>
        <source>a post needs some text</source>
        <translation>a hozzászóláshoz szöveg kell</translation>
    </message>
    <message>
        <source>a removed post</source>
        <translation>egy eltávolított hozzászólás</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>szerkesztve</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>válasz neki: {name}</translation>
    </message>
    <message>
        <source>only a coordinator can hide a post or a discussion</source>
        <translation>hozzászólást vagy beszélgetést csak koordinátor rejthet el</translation>
    </message>
    <message>
        <source>only its author can edit or withdraw a post</source>
        <extracomment>what a discussion write changes, for the views</extracomment>
        <translation>hozzászólást csak a szerzője szerkeszthet vagy vonhat vissza</translation>
    </message>
    <message>
        <source>only the member who started a discussion can change its title, themes or language</source>
        <translation>a beszélgetés címét, témáit vagy nyelvét csak az a tag módosíthatja, aki elindította</translation>
    </message>
    <message>
        <source>started by {name}</source>
        <translation>indította: {name}</translation>
    </message>
    <message>
        <source>{title} (hidden)</source>
        <translation>{title} (elrejtve)</translation>
    </message>
    <message>
        <source>{title} · {count} new</source>
        <translation>{title} · új: {count}</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>(choose)</source>
        <translation>(válasszon)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nincs)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hozzáadás</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Törlés</translation>
    </message>
    <message>
        <source>No date</source>
        <extracomment>where the calendar opens when no date is set; the form points an end date at its start</extracomment>
        <translation>Nincs dátum</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eltávolítás</translation>
    </message>
    <message>
        <source>Type and press Enter</source>
        <translation>Írja be, és nyomja le az Entert</translation>
    </message>
    <message>
        <source>add</source>
        <translation>hozzáadás</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>törlés</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>eltávolítás</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>hozzáadandó</translation>
    </message>
    <message>
        <source>type</source>
        <translation>típus</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Activities</source>
        <translation>Tevékenységek</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Mellékletek</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Célcsoport</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Szerző</translation>
    </message>
    <message>
        <source>Broader theme</source>
        <translation>Tágabb téma</translation>
    </message>
    <message>
        <source>Comments on</source>
        <translation>Megjegyzés ehhez</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>A hozzájárulás dátuma</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>A hozzájárulás forrása</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Háttér</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ország</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Pénznem</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Leírás</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Beszélgetés</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mail-címek</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Befejezés dátuma</translation>
    </message>
    <message>
        <source>Expertise themes</source>
        <translation>Szakterületi témák</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Családnév</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Fájlnév</translation>
    </message>
    <message>
        <source>Full name of a person, or the name of an organisation</source>
        <translation>Személy teljes neve vagy szervezet neve</translation>
    </message>
    <message>
        <source>Funding amount</source>
        <translation>Támogatás összege</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Finanszírozási forrás</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Utónév</translation>
    </message>
    <message>
        <source>Group member</source>
        <translation>Csoporttag</translation>
    </message>
    <message>
        <source>Hidden because</source>
        <translation>Elrejtés oka</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>Válasz erre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Fajta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Nyelv</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Nyelvek</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Jogalap</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Tanulságok</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Hivatkozások</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Médiatípus</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Említések</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Jegyzetek</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Célok</translation>
    </message>
    <message>
        <source>Obstacles (legal / policy)</source>
        <translation>Akadályok (jogi / szakpolitikai)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Szervezet</translation>
    </message>
    <message>
        <source>Organisation types</source>
        <translation>Szervezettípusok</translation>
    </message>
    <message>
        <source>Partners (incl. authorities)</source>
        <translation>Partnerek (hatóságokkal együtt)</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonszámok</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Irányítószám</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Régió</translation>
    </message>
    <message>
        <source>Related contacts</source>
        <translation>Kapcsolódó névjegyek</translation>
    </message>
    <message>
        <source>Related tools</source>
        <translation>Kapcsolódó eszközök</translation>
    </message>
    <message>
        <source>Removed posts</source>
        <translation>Eltávolított hozzászólások</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Eredmények</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Ellenőrzői megjegyzés</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Szerepkör</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Méret (bájt)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Kezdés dátuma</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Indította</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Utca, házszám</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Összefoglaló</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Szöveg</translation>
    </message>
    <message>
        <source>The person&apos;s member name in the group: their posts are then part of their data</source>
        <translation>A személy tagneve a csoportban: így a hozzászólásai is az adatai közé tartoznak</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Témák</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cím</translation>
    </message>
    <message>
        <source>Town / village</source>
        <translation>Település</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Átvehetőség</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webhely</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Eseménynapló</translation>
    </message>
    <message>
        <source>&amp;Cancel the invitation</source>
        <translation>A meghívó &amp;visszavonása</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Másolás</translation>
    </message>
    <message>
        <source>&amp;Export everything about this person…</source>
        <translation>Minden adat e&amp;xportálása erről a személyről…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fájl:</translation>
    </message>
    <message>
        <source>&amp;Hand a file to the server…</source>
        <translation>&amp;Fájl átadása a szervernek…</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Meghívók</translation>
    </message>
    <message>
        <source>&amp;Invite someone…</source>
        <translation>Valaki me&amp;ghívása…</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Tagok</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Név:</translation>
    </message>
    <message>
        <source>&amp;Newest entries</source>
        <translation>&amp;Legújabb bejegyzések</translation>
    </message>
    <message>
        <source>&amp;Older entries</source>
        <translation>&amp;Régebbi bejegyzések</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Szervezet:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Jelmondat:</translation>
    </message>
    <message>
        <source>&amp;People&apos;s data</source>
        <translation>&amp;Személyes adatok</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>Szerep&amp;kör:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>É&amp;rvényesség:</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 nap</translation>
    </message>
    <message>
        <source>1 week</source>
        <extracomment>how long an invitation can be redeemed, in hours</extracomment>
        <translation>1 hét</translation>
    </message>
    <message>
        <source>A revoked token stops syncing at once: that computer keeps its copy but can no longer send or receive. Tick the computers to cut off.</source>
        <translation>A visszavont token azonnal leállítja a szinkronizálást: az a számítógép megtartja a másolatát, de többé nem küldhet és nem fogadhat. Jelölje be a leválasztandó számítógépeket.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Érintett</translation>
    </message>
    <message>
        <source>Added a member</source>
        <translation>Tagot vett fel</translation>
    </message>
    <message>
        <source>Asking the server who you are…</source>
        <translation>A szerver ellenőrzi, kicsoda Ön…</translation>
    </message>
    <message>
        <source>At {url}</source>
        <translation>Itt: {url}</translation>
    </message>
    <message>
        <source>At {url} · you are: {role}</source>
        <translation>Itt: {url} · az Ön szerepköre: {role}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Eseménynapló</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiválasztás…</translation>
    </message>
    <message>
        <source>Cancel the invitation</source>
        <translation>A meghívó visszavonása</translation>
    </message>
    <message>
        <source>Cancel the invitation for {name}? The code stops working at once; you can invite them again later.</source>
        <translation>Visszavonja a meghívót ({name})? A kód azonnal érvényét veszti; később újra meghívhatja.</translation>
    </message>
    <message>
        <source>Cancelled an invitation</source>
        <translation>Meghívót vont vissza</translation>
    </message>
    <message>
        <source>Cancelling the invitation…</source>
        <translation>A meghívó visszavonása…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Szerepkör mó&amp;dosítása…</translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation>Szerepkör módosítása: {name}</translation>
    </message>
    <message>
        <source>Changed a member</source>
        <translation>Tagot módosított</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>A szerepkör módosítása…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Fájl kiválasztása</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinátor</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Másolva</translation>
    </message>
    <message>
        <source>Copy the invitation code</source>
        <translation>A meghívókód másolása</translation>
    </message>
    <message>
        <source>Create the invitation</source>
        <translation>A meghívó létrehozása</translation>
    </message>
    <message>
        <source>Creating the invitation…</source>
        <translation>A meghívó létrehozása…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Részletek</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>A személy végleges tö&amp;rlése…</translation>
    </message>
    <message>
        <source>Erase on every replica</source>
        <translation>Végleges törlés minden helyi másolatból</translation>
    </message>
    <message>
        <source>Erase “{name}”</source>
        <translation>Végleges törlés: „{name}”</translation>
    </message>
    <message>
        <source>Erase “{name}” from the whole group? This cannot be undone. It is erased here and sent to the server at once; every member&apos;s copy of RuralDesk erases it at its next sync:</source>
        <translation>Véglegesen törli ezt: „{name}” az egész csoportból? Ez nem vonható vissza. Itt törlődik, és azonnal elküldjük a szerverre; minden tag RuralDeske a következő szinkronizáláskor törli:</translation>
    </message>
    <message>
        <source>Erased a record</source>
        <translation>Bejegyzést törölt véglegesen</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Végleges törlés…</translation>
    </message>
    <message>
        <source>Everything about {name} was written to {path}.</source>
        <translation>Minden adat erről: {name} ide került: {path}.</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Minden adat exportálása erről: {name}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportálás…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fájl</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Személy keresése</translation>
    </message>
    <message>
        <source>Give {name} this code. In RuralDesk they choose Sync → Set up sync… and paste it, or scan the picture with a phone and send it to themselves. It works once, until {expires}.</source>
        <translation>Adja át ezt a kódot neki: {name}. A RuralDeskben a Szinkronizálás → Szinkronizálás beállítása… menüpontot választja és beilleszti, vagy telefonnal lefényképezi a képet és elküldi magának. Egyszer használható, eddig: {expires}.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Csoport</translation>
    </message>
    <message>
        <source>Group window status</source>
        <translation>A csoportablak állapota</translation>
    </message>
    <message>
        <source>Group “{group}”</source>
        <translation>„{group}” csoport</translation>
    </message>
    <message>
        <source>Hand a file to the server</source>
        <translation>Fájl átadása a szervernek</translation>
    </message>
    <message>
        <source>Hand to the server</source>
        <translation>Átadás a szervernek</translation>
    </message>
    <message>
        <source>Handing the file to the server…</source>
        <translation>A fájl átadása a szervernek…</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Meghívókód</translation>
    </message>
    <message>
        <source>Invitation code as a QR code</source>
        <translation>A meghívókód QR-kódként</translation>
    </message>
    <message>
        <source>Invitation for {name}</source>
        <translation>Meghívó neki: {name}</translation>
    </message>
    <message>
        <source>Invitation for {name} cancelled.</source>
        <translation>A meghívó visszavonva ({name}).</translation>
    </message>
    <message>
        <source>Invitation for {name} created.</source>
        <translation>A meghívó elkészült ({name}).</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <translation>Valaki meghívása</translation>
    </message>
    <message>
        <source>Invited someone</source>
        <translation>Meghívott valakit</translation>
    </message>
    <message>
        <source>Issued a token</source>
        <translation>Tokent adott ki</translation>
    </message>
    <message>
        <source>Its attachments: none</source>
        <translation>Mellékletei: nincs</translation>
    </message>
    <message>
        <source>Its attachments: {names}</source>
        <translation>Mellékletei: {names}</translation>
    </message>
    <message>
        <source>Its history, with the values it held (changes recorded: {count})</source>
        <translation>Előzményei a korábbi értékekkel (rögzített módosítások: {count})</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-fájlok (*.json)</translation>
    </message>
    <message>
        <source>Joined the group, but the token could not be kept: {error}</source>
        <extracomment>starts network work off the UI thread: Operations.run, or the worker itself</extracomment>
        <translation>Csatlakozott a csoporthoz, de a token nem tárolható: {error}</translation>
    </message>
    <message>
        <source>Joined with an invitation</source>
        <translation>Meghívóval csatlakozott</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Utolsó szinkronizálás</translation>
    </message>
    <message>
        <source>Links to it from other records: none</source>
        <translation>Rá mutató hivatkozások más bejegyzésekből: nincs</translation>
    </message>
    <message>
        <source>Links to it from {records} ({count}): {titles}</source>
        <translation>Rá mutató hivatkozások – {records} ({count}): {titles}</translation>
    </message>
    <message>
        <source>Listing what the erasure removes…</source>
        <translation>A végleges törlés által eltávolítandók listázása…</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Az eseménynapló betöltése…</translation>
    </message>
    <message>
        <source>Loading the member&apos;s tokens…</source>
        <translation>A tag tokenjeinek betöltése…</translation>
    </message>
    <message>
        <source>Loading the members…</source>
        <translation>A tagok betöltése…</translation>
    </message>
    <message>
        <source>Loading the open invitations…</source>
        <translation>A nyitott meghívók betöltése…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Tagok</translation>
    </message>
    <message>
        <source>Members see the new name after their next sync; the group&apos;s address stays.</source>
        <translation>A tagok a következő szinkronizálásuk után látják az új nevet; a csoport címe nem változik.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>Not connected to a group server.</source>
        <translation>Nincs kapcsolat csoportszerverrel.</translation>
    </message>
    <message>
        <source>Not done: {why}</source>
        <translation>Nem történt meg: {why}</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied} and already had {already}.</source>
        <translation>A fájl változásai: {total}; a szerver {applied} változást alkalmazott, {already} pedig már megvolt.</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied}, already had {already} and refused {refused}: {reasons}.</source>
        <translation>A fájl változásai: {total}; a szerver {applied} változást alkalmazott, {already} már megvolt, {refused} változást pedig elutasított: {reasons}.</translation>
    </message>
    <message>
        <source>Only the group&apos;s coordinators can invite people, change roles or remove members. Ask one of them.</source>
        <translation>Csak a csoport koordinátorai hívhatnak meg embereket, módosíthatnak szerepkört vagy távolíthatnak el tagokat. Kérje meg valamelyiküket.</translation>
    </message>
    <message>
        <source>Open invitations</source>
        <translation>Nyitott meghívók</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Szervezet</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Személyek</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Ú&amp;jratöltés</translation>
    </message>
    <message>
        <source>Re&amp;move from the group…</source>
        <translation>Eltávolítás a cso&amp;portból…</translation>
    </message>
    <message>
        <source>Re&amp;name the group…</source>
        <translation>A csoport át&amp;nevezése…</translation>
    </message>
    <message>
        <source>Re&amp;voke tokens…</source>
        <translation>Tokenek vissza&amp;vonása…</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Olvasó</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Eltávolítás: {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the group</source>
        <translation>Eltávolítás a csoportból: {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the group? Their tokens stop working at once and they no longer receive the group&apos;s records. Everything they added or changed stays, under their name.</source>
        <translation>Eltávolítja a csoportból: {name}? A tokenjei azonnal érvényüket vesztik, és többé nem kapja meg a csoport bejegyzéseit. Minden, amit hozzáadott vagy módosított, megmarad az ő nevén.</translation>
    </message>
    <message>
        <source>Removed a member</source>
        <translation>Tagot távolított el</translation>
    </message>
    <message>
        <source>Removing the member…</source>
        <translation>A tag eltávolítása…</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>A csoport átnevezése</translation>
    </message>
    <message>
        <source>Renamed the group</source>
        <translation>Átnevezte a csoportot</translation>
    </message>
    <message>
        <source>Renaming the group…</source>
        <translation>A csoport átnevezése…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Visszavonás</translation>
    </message>
    <message>
        <source>Revoke tokens of {name}</source>
        <translation>Tokenek visszavonása: {name}</translation>
    </message>
    <message>
        <source>Revoked a token</source>
        <translation>Tokent vont vissza</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Visszavonás…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Szerepkör</translation>
    </message>
    <message>
        <source>Send the changes in a hand-over file someone brought straight to the server</source>
        <translation>Egy valaki által hozott átadási fájl változásainak elküldése közvetlenül a szervernek</translation>
    </message>
    <message>
        <source>The changes in the file go to the server under the names of the people who made them; this computer gets them at its next sync, like everyone. Changes the server already has are not taken twice.</source>
        <translation>A fájlban lévő változások azoknak a nevében kerülnek a szerverre, akik végezték őket; ez a számítógép a következő szinkronizáláskor kapja meg őket, mint mindenki más. Azokat a változásokat, amelyek már megvannak a szerveren, nem veszi át kétszer.</translation>
    </message>
    <message>
        <source>The code is on the clipboard.</source>
        <translation>A kód a vágólapon van.</translation>
    </message>
    <message>
        <source>The contact “{name}” and every field value it had</source>
        <translation>A(z) „{name}” névjegy és minden mezőértéke</translation>
    </message>
    <message>
        <source>The discussion about this contact, with its posts ({count})</source>
        <translation>A névjegyről szóló beszélgetés a hozzászólásaival ({count})</translation>
    </message>
    <message>
        <source>The file holds no changes; nothing was sent.</source>
        <translation>A fájlban nincs változás; semmit sem küldtünk el.</translation>
    </message>
    <message>
        <source>The five words given with the file, separately from it.</source>
        <translation>Az öt szó, amelyet a fájllal együtt, de attól külön kapott.</translation>
    </message>
    <message>
        <source>The group is now called “{name}”.</source>
        <translation>A csoport új neve: „{name}”.</translation>
    </message>
    <message>
        <source>The invitation gives one person a place in the group. They paste the code into RuralDesk (Sync → Set up sync…) on their computer; it works once.</source>
        <translation>A meghívó egy személynek ad helyet a csoportban. A saját számítógépén beilleszti a kódot a RuralDeskbe (Szinkronizálás → Szinkronizálás beállítása…); egyszer használható.</translation>
    </message>
    <message>
        <source>The person is also named in the text of {count} other records. That text is not changed: review it after the erasure (the export lists where).</source>
        <translation>A személy neve más bejegyzések szövegében is szerepel ({count}). Ez a szöveg nem változik: ellenőrizze a végleges törlés után (az export megmutatja, hol).</translation>
    </message>
    <message>
        <source>Their own posts in the group&apos;s discussions ({count}); the threads stay and show “post removed”</source>
        <translation>A saját hozzászólásai a csoport beszélgetéseiben ({count}); a beszélgetések megmaradnak, és „hozzászólás eltávolítva” jelenik meg bennük</translation>
    </message>
    <message>
        <source>This member has no token in use.</source>
        <translation>Ennek a tagnak nincs használatban lévő tokenje.</translation>
    </message>
    <message>
        <source>This workspace is not connected to a group server. Use Sync → Set up sync… with the invitation code your coordinator gave you.</source>
        <translation>Ez a munkaterület nem kapcsolódik csoportszerverhez. Használja a Szinkronizálás → Szinkronizálás beállítása… menüpontot a koordinátortól kapott meghívókóddal.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokenek</translation>
    </message>
    <message>
        <source>Tokens revoked for {name}: {count}.</source>
        <translation>Visszavont tokenek ({name}): {count}.</translation>
    </message>
    <message>
        <source>Type a name, an e-mail or a phone number</source>
        <translation>Írjon be egy nevet, e-mail-címet vagy telefonszámot</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Érvényes eddig</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Mi fog történni</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Mikor</translation>
    </message>
    <message>
        <source>When a person asks what the group holds about them, or asks to be forgotten (GDPR articles 15 and 17), find them here.</source>
        <extracomment>contacts listed at once (a search narrows them down)</extracomment>
        <translation>Ha valaki megkérdezi, milyen adatokat tárol róla a csoport, vagy kéri az elfeledtetését (GDPR 15. és 17. cikk), itt keresse meg.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ki</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Folyamatban</translation>
    </message>
    <message>
        <source>adds and edits the group&apos;s records</source>
        <translation>felveszi és szerkeszti a csoport bejegyzéseit</translation>
    </message>
    <message>
        <source>as the group will see it</source>
        <translation>ahogy a csoport látni fogja</translation>
    </message>
    <message>
        <source>manages the group: members, invitations, erasure</source>
        <translation>kezeli a csoportot: tagok, meghívók, végleges törlés</translation>
    </message>
    <message>
        <source>never</source>
        <translation>soha</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>nem kötelező</translation>
    </message>
    <message>
        <source>reads the group&apos;s records, changes nothing</source>
        <translation>olvassa a csoport bejegyzéseit, semmit sem módosít</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <extracomment>audit entries per page (&quot;Older entries&quot; asks for the next page)</extracomment>
        <translation>a fájl nem olvasható ({reason})</translation>
    </message>
    <message>
        <source>the server did not accept this computer&apos;s token; ask your coordinator for a new invitation</source>
        <translation>a szerver nem fogadta el ennek a számítógépnek a tokenjét; kérjen új meghívót a koordinátortól</translation>
    </message>
    <message>
        <source>unnamed computer</source>
        <translation>névtelen számítógép</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} nap</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} hét</translation>
    </message>
    <message>
        <source>{label}, since {when}</source>
        <translation>{label}, ekkortól: {when}</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (Ön)</translation>
    </message>
    <message>
        <source>{name} is no longer a member; their records stay.</source>
        <translation>{name} már nem tag; a bejegyzései megmaradnak.</translation>
    </message>
    <message>
        <source>{name} is now: {role}.</source>
        <translation>{name} új szerepköre: {role}.</translation>
    </message>
    <message>
        <source>“{name}” was erased here; the erasure goes to the server with this sync and reaches every replica at its next sync.</source>
        <translation>„{name}” itt véglegesen törölve; a törlés ezzel a szinkronizálással a szerverre kerül, és minden helyi másolatot a következő szinkronizáláskor ér el.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Applied: {applied}. Already here: {duplicates}. To pass on to the server: {held}. Refused: {refused}.</source>
        <translation>Alkalmazva: {applied}. Már megvolt: {duplicates}. Továbbítandó a szervernek: {held}. Elutasítva: {refused}.</translation>
    </message>
    <message>
        <source>Changes written: {count}, to {path}.

Passphrase (shown only now): {words}</source>
        <translation>Kiírt változások: {count}, ide: {path}.

Jelmondat (csak most látható): {words}</translation>
    </message>
    <message>
        <source>Connect this computer to the group&apos;s server once before handing changes over.</source>
        <translation>Mielőtt változásokat ad át, csatlakoztassa egyszer ezt a számítógépet a csoport szerveréhez.</translation>
    </message>
    <message>
        <source>Export changes for another computer…</source>
        <translation>Változások exportálása másik számítógéphez…</translation>
    </message>
    <message>
        <source>Exporting changes</source>
        <translation>Változások exportálása</translation>
    </message>
    <message>
        <source>Hand-over files (*.rdrelay);;All files (*)</source>
        <translation>Átadási fájlok (*.rdrelay);;Minden fájl (*)</translation>
    </message>
    <message>
        <source>Import changes from a file…</source>
        <translation>Változások importálása fájlból…</translation>
    </message>
    <message>
        <source>Importing changes</source>
        <translation>Változások importálása</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Semmi sem változott: {reason}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Jelmondat</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Leállítva. Semmi sem változott.</translation>
    </message>
    <message>
        <source>The file is cut short: it was not copied completely.</source>
        <translation>A fájl hiányos: nem másolódott át teljesen.</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was made.</source>
        <translation>A fájlt elkészülte után módosították, vagy megsérült.</translation>
    </message>
    <message>
        <source>The file will be locked with these words (change them if you like). Give them to the person who imports it, separately from the file.</source>
        <translation>A fájlt ezekkel a szavakkal zárjuk le (módosíthatja őket). Adja át őket az importáló személynek, a fájltól külön.</translation>
    </message>
    <message>
        <source>The passphrase does not open this file: check the words and try again.</source>
        <translation>A jelmondat nem nyitja meg ezt a fájlt: ellenőrizze a szavakat, és próbálja újra.</translation>
    </message>
    <message>
        <source>This file holds changes of another group.</source>
        <translation>Ez a fájl egy másik csoport változásait tartalmazza.</translation>
    </message>
    <message>
        <source>This is not a RuralDesk hand-over file.</source>
        <translation>Ez nem RuralDesk átadási fájl.</translation>
    </message>
    <message>
        <source>Type the words the file was locked with.</source>
        <translation>Írja be a szavakat, amelyekkel a fájlt lezárták.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>About RuralDesk</source>
        <translation>Információk a RuralDeskről</translation>
    </message>
    <message>
        <source>An offline-first organiser of practices, contacts and tools for rural social-economy groups: village associations, cooperatives, social enterprises, third places and the authorities that work with them.</source>
        <translation>Elsősorban offline működő rendszerező gyakorlatok, névjegyek és eszközök kezelésére vidéki szociális gazdasági szereplők számára: falusi egyesületeknek, szövetkezeteknek, szociális vállalkozásoknak, harmadik helyeknek és a velük együttműködő hatóságoknak.</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licenc:</translation>
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
        <translation>A RuralDesk felhasználói kézikönyve</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of RuralDesk. It is online at {url}</source>
        <translation>A felhasználói kézikönyv nincs telepítve a RuralDesk ezen példányával. Online itt érhető el: {url}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Felhasználói kézikönyv</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Munkaterület:</translation>
    </message>
</context>
<context>
    <name>IO</name>
    <message>
        <source>Comments on {title}</source>
        <translation>Megjegyzések ehhez: {title}</translation>
    </message>
    <message>
        <source>DejaVu Sans is not installed: the PDF uses Helvetica, which cannot print letters outside Western Europe (Polish, Greek…); install fonts-dejavu</source>
        <translation>A DejaVu Sans betűtípus nincs telepítve: a PDF a Helveticát használja, amely nem tud Nyugat-Európán kívüli betűket nyomtatni (lengyel, görög…); telepítse a fonts-dejavu csomagot</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Beszélgetés</translation>
    </message>
    <message>
        <source>Google Contacts export</source>
        <translation>Google Névjegyek-exportálás</translation>
    </message>
    <message>
        <source>Google Contacts export (Outlook CSV)</source>
        <translation>Google Névjegyek-exportálás (Outlook CSV)</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Egy koordinátor elrejtette: {reason}</translation>
    </message>
    <message>
        <source>Outlook export</source>
        <translation>Outlook-exportálás</translation>
    </message>
    <message>
        <source>Phone ({type}): {number}</source>
        <translation>Telefon ({type}): {number}</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Hozzászólás eltávolítva</translation>
    </message>
    <message>
        <source>Posts: {count}</source>
        <translation>Hozzászólások: {count}</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation>Régió: {region}</translation>
    </message>
    <message>
        <source>Started by {name}, {when}</source>
        <translation>Indította: {name}, {when}</translation>
    </message>
    <message>
        <source>Thunderbird address book export</source>
        <translation>Thunderbird-címjegyzék exportálása</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>A szerzője visszavonta.</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>GIF-kép</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>JPEG-kép</translation>
    </message>
    <message>
        <source>a PDF document, not a table or an address book</source>
        <translation>PDF-dokumentum, nem táblázat vagy címjegyzék</translation>
    </message>
    <message>
        <source>a PNG picture</source>
        <translation>PNG-kép</translation>
    </message>
    <message>
        <source>a Windows program, not a data file</source>
        <translation>Windows-program, nem adatfájl</translation>
    </message>
    <message>
        <source>a ZIP archive (an .xlsx or .ods spreadsheet?); save it as CSV from the spreadsheet first</source>
        <translation>ZIP-archívum (.xlsx vagy .ods táblázat?); előbb mentse CSV formátumban a táblázatkezelőből</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>fájl</translation>
    </message>
    <message>
        <source>a gzip-compressed file; uncompress it first</source>
        <translation>gzip-pel tömörített fájl; előbb csomagolja ki</translation>
    </message>
    <message>
        <source>a program, not a data file</source>
        <translation>program, nem adatfájl</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed</source>
        <translation>a sorban egy idézőjel (&quot;) nincs lezárva</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed on its line</source>
        <translation>a sorban egy idézőjel (&quot;) nincs lezárva a saját sorában</translation>
    </message>
    <message>
        <source>a quoted cell has text after its closing quote and the row does not have as many cells as the header</source>
        <translation>egy idézőjeles cellában szöveg van a záró idézőjel után, és a sorban nincs annyi cella, mint a fejlécben</translation>
    </message>
    <message>
        <source>a second address is not imported (only one address is kept)</source>
        <translation>a második cím nem kerül importálásra (csak egy cím marad meg)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>táblázat</translation>
    </message>
    <message>
        <source>a vCard file</source>
        <translation>vCard-fájl</translation>
    </message>
    <message>
        <source>address country not recognised</source>
        <translation>a cím országa nem ismerhető fel</translation>
    </message>
    <message>
        <source>an SQLite database (to bring back a whole workspace use restore)</source>
        <translation>SQLite-adatbázis (egy teljes munkaterület visszahozásához használja a visszaállítást)</translation>
    </message>
    <message>
        <source>an alternative (ALTID {altid}) of a value already kept</source>
        <translation>egy már megtartott érték alternatívája (ALTID {altid})</translation>
    </message>
    <message>
        <source>an old Office document (.xls or .doc); save it as CSV from the spreadsheet first</source>
        <translation>régi Office-dokumentum (.xls vagy .doc); előbb mentse CSV formátumban a táblázatkezelőből</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>a(z) {name} nem olvasható: {reason}</translation>
    </message>
    <message>
        <source>category is not a theme of this workspace</source>
        <translation>a kategória nem témája ennek a munkaterületnek</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>{number}. oszlop</translation>
    </message>
    <message>
        <source>edited {when}</source>
        <translation>szerkesztve: {when}</translation>
    </message>
    <message>
        <source>group “{group}” is not a theme of this workspace; not imported</source>
        <translation>a(z) „{group}” csoport nem témája ennek a munkaterületnek; nincs importálva</translation>
    </message>
    <message>
        <source>has {cells} cells but the header names {columns} columns; the extra cells would be lost</source>
        <translation>{cells} cellából áll, de a fejléc {columns} oszlopot nevez meg; a többletcellák elvesznének</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>válasz neki: {name}</translation>
    </message>
    <message>
        <source>it holds a file its manifest does not list (“{file}”)</source>
        <translation>olyan fájlt tartalmaz, amelyet a jegyzéke nem sorol fel („{file}”)</translation>
    </message>
    <message>
        <source>it holds the file “{file}” twice</source>
        <translation>kétszer tartalmazza ezt a fájlt: „{file}”</translation>
    </message>
    <message>
        <source>it lists {count} attachment files, more than the {limit} a backup may hold</source>
        <translation>{count} mellékletfájlt sorol fel, többet, mint amennyit egy biztonsági mentés tartalmazhat ({limit})</translation>
    </message>
    <message>
        <source>it would unpack to {size}, more than the {limit} a restore may write</source>
        <translation>kicsomagolva {size} lenne, több, mint amennyit egy visszaállítás írhat ({limit})</translation>
    </message>
    <message>
        <source>its manifest does not describe the replica file properly</source>
        <translation>a jegyzéke nem írja le megfelelően a helyi másolat fájlját</translation>
    </message>
    <message>
        <source>its manifest does not give its counts properly</source>
        <translation>a jegyzéke nem adja meg megfelelően a darabszámokat</translation>
    </message>
    <message>
        <source>its manifest does not list the attachments properly</source>
        <translation>a jegyzéke nem sorolja fel megfelelően a mellékleteket</translation>
    </message>
    <message>
        <source>its manifest is larger than any backup&apos;s</source>
        <translation>a jegyzéke nagyobb bármely biztonsági mentés jegyzékénél</translation>
    </message>
    <message>
        <source>its manifest is not a list of named values</source>
        <translation>a jegyzéke nem nevesített értékek listája</translation>
    </message>
    <message>
        <source>its manifest lists the attachment {file}… twice</source>
        <translation>a jegyzéke kétszer sorolja fel ezt a mellékletet: {file}…</translation>
    </message>
    <message>
        <source>its manifest names an attachment “{file}” that is not a checksum</source>
        <translation>a jegyzéke olyan mellékletet nevez meg („{file}”), amely nem ellenőrzőösszeg</translation>
    </message>
    <message>
        <source>language not recognised</source>
        <translation>a nyelv nem ismerhető fel</translation>
    </message>
    <message>
        <source>looks like card {number} of this file ({reason})</source>
        <translation>hasonlít a fájl {number}. névjegykártyájához ({reason})</translation>
    </message>
    <message>
        <source>looks like row {number} of this file ({reason})</source>
        <translation>hasonlít a fájl {number}. sorához ({reason})</translation>
    </message>
    <message>
        <source>looks like “{title}” already here ({reason})</source>
        <translation>hasonlít a már meglévő „{title}” bejegyzéshez ({reason})</translation>
    </message>
    <message>
        <source>name prefix not imported</source>
        <translation>a név előtagja nincs importálva</translation>
    </message>
    <message>
        <source>name suffix not imported</source>
        <translation>a név utótagja nincs importálva</translation>
    </message>
    <message>
        <source>no matching field</source>
        <translation>nincs megfelelő mező</translation>
    </message>
    <message>
        <source>no practice to write (the search or filters match none); {out} was not written</source>
        <translation>nincs kiírható gyakorlat (a keresés vagy a szűrők egyet sem találnak); a(z) {out} nem készült el</translation>
    </message>
    <message>
        <source>only one address is kept</source>
        <translation>csak egy cím marad meg</translation>
    </message>
    <message>
        <source>only one name is kept</source>
        <translation>csak egy név marad meg</translation>
    </message>
    <message>
        <source>only one organisation is kept</source>
        <translation>csak egy szervezet marad meg</translation>
    </message>
    <message>
        <source>only one role is kept</source>
        <translation>csak egy szerepkör marad meg</translation>
    </message>
    <message>
        <source>only one web address is kept</source>
        <translation>csak egy webcím marad meg</translation>
    </message>
    <message>
        <source>phone label not kept (the number is imported)</source>
        <translation>a telefonszám címkéje nem maradt meg (a szám importálva)</translation>
    </message>
    <message>
        <source>phone {number} has no country code and no region is set to read it with; kept in the notes (set the workspace&apos;s phone region, or --default-region)</source>
        <translation>a(z) {number} telefonszámban nincs országhívó, és nincs beállítva régió az értelmezéséhez; a jegyzetekbe került (állítsa be a munkaterület telefonos régióját, vagy használja a --default-region kapcsolót)</translation>
    </message>
    <message>
        <source>phone {number} written as {written} (numbers without a country code read as {region})</source>
        <translation>a(z) {number} telefonszám így lett felírva: {written} (az országhívó nélküli számok értelmezése: {region})</translation>
    </message>
    <message>
        <source>region “{region}” is not a NUTS region we know; kept in the notes</source>
        <translation>a(z) „{region}” régió nem általunk ismert NUTS-régió; a jegyzetekbe került</translation>
    </message>
    <message>
        <source>same e-mail {email}</source>
        <translation>azonos e-mail: {email}</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>azonos név</translation>
    </message>
    <message>
        <source>same phone {phone}</source>
        <translation>azonos telefonszám: {phone}</translation>
    </message>
    <message>
        <source>similar names ({ratio})</source>
        <translation>hasonló nevek ({ratio})</translation>
    </message>
    <message>
        <source>spreadsheet (columns matched by their names)</source>
        <translation>táblázat (oszlopok a nevük alapján párosítva)</translation>
    </message>
    <message>
        <source>the file name “{file}” points outside the backup</source>
        <translation>a(z) „{file}” fájlnév a biztonsági mentésen kívülre mutat</translation>
    </message>
    <message>
        <source>the last row is cut short (fewer cells than the header and no line end): the file looks truncated</source>
        <translation>az utolsó sor csonka (kevesebb cella, mint a fejlécben, és nincs sorvége): a fájl csonkoltnak tűnik</translation>
    </message>
    <message>
        <source>the row cannot be read ({error})</source>
        <translation>a sor nem olvasható ({error})</translation>
    </message>
    <message>
        <source>the workspace {path} is not empty ({count} records); restore only into an empty workspace (choose a new one)</source>
        <translation>a(z) {path} munkaterület nem üres ({count} bejegyzés); csak üres munkaterületre állítson vissza (válasszon újat)</translation>
    </message>
    <message>
        <source>this card was exported from this workspace and the contact is still here (same UID)</source>
        <translation>ezt a névjegykártyát ebből a munkaterületből exportálták, és a névjegy még itt van (azonos UID)</translation>
    </message>
    <message>
        <source>unknown encoding {encoding}</source>
        <translation>ismeretlen kódolás: {encoding}</translation>
    </message>
    <message>
        <source>{column} ({count} values)</source>
        <translation>{column} ({count} érték)</translation>
    </message>
    <message>
        <source>{name} cannot be restored safely: {reason}; nothing was changed</source>
        <translation>a(z) {name} nem állítható vissza biztonságosan: {reason}; semmi sem változott</translation>
    </message>
    <message>
        <source>{name} has no header row (the first line should name the columns)</source>
        <translation>a(z) {name} fájlban nincs fejlécsor (az első sornak kellene megneveznie az oszlopokat)</translation>
    </message>
    <message>
        <source>{name} holds a damaged replica ({reason})</source>
        <translation>a(z) {name} sérült helyi másolatot tartalmaz ({reason})</translation>
    </message>
    <message>
        <source>{name} is UTF-8 except on line {line} (byte {byte}), which is in another encoding: two encodings are mixed in one file; correct that line, or choose the encoding of the whole file</source>
        <translation>a(z) {name} UTF-8 kódolású, kivéve a(z) {line}. sort ({byte}. bájt), amely más kódolású: egy fájlban két kódolás keveredik; javítsa ki azt a sort, vagy válassza ki a teljes fájl kódolását</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes)</source>
        <translation>a(z) {name} bináris fájl, nem szöveg (NUL bájtokat tartalmaz)</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes, first on line {line})</source>
        <translation>a(z) {name} bináris fájl, nem szöveg (NUL bájtokat tartalmaz, először a(z) {line}. sorban)</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason})</source>
        <translation>a(z) {name} sérült ({reason})</translation>
    </message>
    <message>
        <source>{name} is damaged: attachment {file}… does not match its checksum</source>
        <translation>a(z) {name} sérült: a(z) {file}… melléklet nem egyezik az ellenőrzőösszegével</translation>
    </message>
    <message>
        <source>{name} is damaged: the replica inside does not match its checksum</source>
        <translation>a(z) {name} sérült: a benne lévő helyi másolat nem egyezik az ellenőrzőösszegével</translation>
    </message>
    <message>
        <source>{name} is damaged: “{file}” is shorter than its manifest says</source>
        <translation>a(z) {name} sérült: a(z) „{file}” rövidebb, mint amit a jegyzéke megad</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>a(z) {name} üres</translation>
    </message>
    <message>
        <source>{name} is in no encoding we can read exactly (not UTF-8, UTF-16, a Windows or ISO 8859 code page, or Shift-JIS); save it again as UTF-8</source>
        <translation>a(z) {name} egyik általunk pontosan olvasható kódolásban sincs (sem UTF-8, sem UTF-16, sem Windows- vagy ISO 8859-kódlap, sem Shift-JIS); mentse újra UTF-8 kódolással</translation>
    </message>
    <message>
        <source>{name} is incomplete: {count} files are missing (first: {first})</source>
        <translation>a(z) {name} hiányos: {count} fájl hiányzik (az első: {first})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup (not a ZIP file); it may be truncated</source>
        <translation>a(z) {name} nem RuralDesk-biztonsági mentés (nem ZIP-fájl); lehet, hogy csonka</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup or is damaged ({reason})</source>
        <translation>a(z) {name} nem RuralDesk-biztonsági mentés, vagy sérült ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk workspace backup</source>
        <translation>a(z) {name} nem RuralDesk-munkaterület biztonsági mentése</translation>
    </message>
    <message>
        <source>{name} is not a vCard file (it should start with BEGIN:VCARD)</source>
        <translation>a(z) {name} nem vCard-fájl (BEGIN:VCARD sorral kellene kezdődnie)</translation>
    </message>
    <message>
        <source>{name} is not a valid vCard file: card {number} is broken ({reason})</source>
        <translation>a(z) {name} nem érvényes vCard-fájl: a(z) {number}. névjegykártya hibás ({reason})</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-16 text; it may be truncated or damaged</source>
        <translation>a(z) {name} nem érvényes UTF-16 szöveg; lehet, hogy csonka vagy sérült</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-32 text; it may be truncated or damaged</source>
        <translation>a(z) {name} nem érvényes UTF-32 szöveg; lehet, hogy csonka vagy sérült</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text after all (byte {byte}); save it again as UTF-8</source>
        <translation>a(z) {name} mégsem {encoding} szöveg ({byte}. bájt); mentse újra UTF-8 kódolással</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text: line {line} holds bytes it cannot read (byte {byte}); choose another encoding</source>
        <translation>a(z) {name} nem {encoding} szöveg: a(z) {line}. sorban olyan bájtok vannak, amelyeket nem lehet olvasni ({byte}. bájt); válasszon másik kódolást</translation>
    </message>
    <message>
        <source>{name} is {size}, more than the {limit} {what} may be; split it into smaller files</source>
        <translation>a(z) {name} mérete {size}, több, mint a megengedett {limit} ({what}); ossza fel kisebb fájlokra</translation>
    </message>
    <message>
        <source>{name} is {what}</source>
        <translation>a(z) {name}: {what}</translation>
    </message>
    <message>
        <source>{name} needs {size} of free disk space and only {free} is free; nothing was changed</source>
        <translation>a(z) {name} számára {size} szabad lemezterület kell, de csak {free} szabad; semmi sem változott</translation>
    </message>
    <message>
        <source>{name} starts as UTF-8 but line {line} holds bytes that are not UTF-8 (byte {byte}); it may be damaged — save it again as UTF-8</source>
        <translation>a(z) {name} UTF-8 kódolással kezdődik, de a(z) {line}. sorban nem UTF-8 bájtok vannak ({byte}. bájt); lehet, hogy sérült — mentse újra UTF-8 kódolással</translation>
    </message>
    <message>
        <source>{name} was made by a newer RuralDesk (backup format {version}); update RuralDesk to restore it</source>
        <translation>a(z) {name} egy újabb RuralDesk-kel készült (biztonsági mentés formátuma: {version}); a visszaállításhoz frissítse a RuralDesket</translation>
    </message>
    <message>
        <source>{name}, line {line}: a quoted cell has text after its closing quote ({error})</source>
        <translation>{name}, {line}. sor: egy idézőjeles cellában szöveg van a záró idézőjel után ({error})</translation>
    </message>
    <message>
        <source>{name}, line {line}: {error}</source>
        <translation>{name}, {line}. sor: {error}</translation>
    </message>
    <message>
        <source>{name}: a quote (&quot;) opened near line {line} is never closed; the file looks truncated or damaged</source>
        <translation>{name}: a(z) {line}. sor közelében nyitott idézőjel (&quot;) nincs lezárva; a fájl csonkának vagy sérültnek tűnik</translation>
    </message>
    <message>
        <source>{name}: card {number} is never closed (END:VCARD is missing); the file looks truncated</source>
        <translation>{name}: a(z) {number}. névjegykártya nincs lezárva (hiányzik az END:VCARD); a fájl csonkának tűnik</translation>
    </message>
    <message>
        <source>{name}: the encoding is not certain, the file reads differently as {shown}; choose one (for example --encoding {first})</source>
        <translation>{name}: a kódolás nem biztos, a fájl másként olvasható a következőkkel: {shown}; válasszon egyet (például --encoding {first})</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); restore into a new workspace</source>
        <translation>a(z) {path} nem olvasható ({reason}); állítsa vissza egy új munkaterületre</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>a(z) {path} nem létezik</translation>
    </message>
    <message>
        <source>{path} is a folder, not {what}</source>
        <translation>a(z) {path} mappa, nem {what}</translation>
    </message>
    <message>
        <source>{path} is not an empty workspace</source>
        <translation>a(z) {path} nem üres munkaterület</translation>
    </message>
    <message>
        <source>{property} not imported: {why}</source>
        <translation>{property} nincs importálva: {why}</translation>
    </message>
    <message>
        <source>{where}: {count} characters in a script the font cannot show ({scripts}) were left out of the PDF</source>
        <translation>{where}: {count} karakter olyan írásrendszerből, amelyet a betűtípus nem tud megjeleníteni ({scripts}), kimaradt a PDF-ből</translation>
    </message>
    <message>
        <source>“{file}” claims a size its compressed data cannot have (a zip bomb?)</source>
        <translation>a(z) „{file}” olyan méretet ad meg, amilyen a tömörített adataiból nem lehet (ZIP-bomba?)</translation>
    </message>
    <message>
        <source>“{file}” is a link or a folder, not a file</source>
        <translation>a(z) „{file}” hivatkozás vagy mappa, nem fájl</translation>
    </message>
    <message>
        <source>“{file}” is encrypted or compressed in a way RuralDesk does not write</source>
        <translation>a(z) „{file}” titkosított, vagy olyan módon tömörített, amelyet a RuralDesk nem használ</translation>
    </message>
    <message>
        <source>“{file}” is not the size its manifest says</source>
        <translation>a(z) „{file}” mérete nem egyezik a jegyzékben megadottal</translation>
    </message>
    <message>
        <source>“{file}” unpacks to more than its declared size (a zip bomb?)</source>
        <translation>a(z) „{file}” kicsomagolva nagyobb a megadott méreténél (ZIP-bomba?)</translation>
    </message>
    <message>
        <source>“{number}” is not a phone number we can read; kept in the notes</source>
        <translation>a(z) „{number}” nem olvasható telefonszám; a jegyzetekbe került</translation>
    </message>
    <message>
        <source>“{value}” is not a country (use a name or an ISO 3166 code such as PT)</source>
        <translation>a(z) „{value}” nem ország (adjon meg nevet vagy ISO 3166 kódot, például PT)</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>a(z) „{value}” nem dátum (használja az ÉÉÉÉ-HH-NN vagy a NN/HH/ÉÉÉÉ formátumot)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use a name or an ISO 639 code such as fr)</source>
        <translation>a(z) „{value}” nem nyelv (adjon meg nevet vagy ISO 639 kódot, például fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use an ISO 639 code such as fr)</source>
        <translation>a(z) „{value}” nem nyelv (adjon meg ISO 639 kódot, például fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>a(z) „{value}” nem szám</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>a(z) „{value}” nem bejegyzésazonosító</translation>
    </message>
    <message>
        <source>“{value}” is not a theme of this workspace</source>
        <translation>a(z) „{value}” nem témája ennek a munkaterületnek</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>a(z) „{value}” nem egész szám</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>a(z) „{value}” nem a következők egyike: {choices}</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <source>All types</source>
        <translation>Minden típus</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Minden ország</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Minden fajta</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Minden nyelv</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Minden régió</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Minden téma</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Törlés</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Szűrők törlése</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Oszlopok</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ország</translation>
    </message>
    <message>
        <source>Filter by {what}</source>
        <translation>Szűrés: {what}</translation>
    </message>
    <message>
        <source>In the trash: {count}</source>
        <translation>A Lomtárban: {count}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Fajta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Nyelv</translation>
    </message>
    <message>
        <source>List summary</source>
        <translation>A lista összegzése</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Bejegyzések</translation>
    </message>
    <message>
        <source>Records: {count}</source>
        <translation>Bejegyzések: {count}</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Régió</translation>
    </message>
    <message>
        <source>Results: {count}</source>
        <translation>Találatok: {count}</translation>
    </message>
    <message>
        <source>Results: {shown} of {total}</source>
        <translation>Találatok: {shown} / {total}</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>Keresés mentése…</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>A keresés mentése</translation>
    </message>
    <message>
        <source>Selected: {count}</source>
        <translation>Kijelölve: {count}</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Téma</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Típus</translation>
    </message>
    <message>
        <source>Type to search practices, contacts, tools and themes.</source>
        <translation>Gépeljen a gyakorlatok, névjegyek, eszközök és témák kereséséhez.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About RuralDesk</source>
        <translation>&amp;Információk a RuralDeskről</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>Fájlok &amp;csatolása…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Előző</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Oszlopok…</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic information</source>
        <translation>&amp;Diagnosztikai adatok másolása</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Törlés</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Szerkesztés</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fájl</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Keresés…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Sú&amp;gó</translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation>&amp;Összekapcsolás…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Név:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Új</translation>
    </message>
    <message>
        <source>&amp;Paste as attachment</source>
        <translation>Beillesztés &amp;mellékletként</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Kilépés</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Bejegyzés</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ú&amp;jra</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Beállítások…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>Szin&amp;kronizálás</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Visszavonás</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Felhasználói kézikönyv</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Nézet</translation>
    </message>
    <message>
        <source>Add a record to the list shown</source>
        <translation>Bejegyzés hozzáadása a megjelenített listához</translation>
    </message>
    <message>
        <source>Added “{title}”</source>
        <translation>Hozzáadva: „{title}”</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Fájlok csatolása</translation>
    </message>
    <message>
        <source>Attached: {count}</source>
        <translation>Csatolva: {count}</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>A melléklet még nincs itt</translation>
    </message>
    <message>
        <source>Bring the selected records back from the trash</source>
        <translation>A kijelölt bejegyzések visszaállítása a Lomtárból</translation>
    </message>
    <message>
        <source>Changes waiting to be shared</source>
        <translation>Megosztásra váró módosítások</translation>
    </message>
    <message>
        <source>Changes waiting to be shared: {count}</source>
        <translation>Megosztásra váró módosítások: {count}</translation>
    </message>
    <message>
        <source>Choose a practice or a tool to attach files to.</source>
        <translation>Válasszon ki egy gyakorlatot vagy eszközt, amelyhez fájlokat csatol.</translation>
    </message>
    <message>
        <source>Copy files into the workspace and attach them</source>
        <translation>Fájlok másolása a munkaterületre és csatolásuk</translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>A csatolás nem sikerült</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>A mentés nem sikerült</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Mentett keresés törlése</translation>
    </message>
    <message>
        <source>Diagnostic information copied. Paste it into your message to the person helping you; it holds no names or contents.</source>
        <translation>A diagnosztikai adatok a vágólapra kerültek. Illessze be őket a segítőjének küldött üzenetébe; neveket és tartalmakat nem tartalmaznak.</translation>
    </message>
    <message>
        <source>Edit the record shown</source>
        <translation>A megjelenített bejegyzés szerkesztése</translation>
    </message>
    <message>
        <source>Empty the &amp;trash…</source>
        <translation>Lomtár &amp;ürítése…</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>A Lomtár ürítése</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>A Lomtár ürítése folyamatban</translation>
    </message>
    <message>
        <source>Erase everything in the trash from this computer? This cannot be undone.</source>
        <translation>Véglegesen törli a Lomtár teljes tartalmát erről a számítógépről? Ez nem vonható vissza.</translation>
    </message>
    <message>
        <source>Erased from this computer: {count}</source>
        <translation>Véglegesen törölve erről a számítógépről: {count}</translation>
    </message>
    <message>
        <source>For a support request: versions and sizes, never names or contents</source>
        <translation>Támogatási kérelemhez: verziók és méretek, soha nem nevek vagy tartalmak</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Ugrás a &amp;listára</translation>
    </message>
    <message>
        <source>Link this record to contacts, tools or practices</source>
        <translation>A bejegyzés összekapcsolása névjegyekkel, eszközökkel vagy gyakorlatokkal</translation>
    </message>
    <message>
        <source>Link “{title}” to…</source>
        <translation>„{title}” összekapcsolása ezzel…</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Fő eszköztár</translation>
    </message>
    <message>
        <source>Move the selected records to the trash</source>
        <translation>A kijelölt bejegyzések áthelyezése a Lomtárba</translation>
    </message>
    <message>
        <source>Moved to the trash: {count}. Undo with Ctrl+Z.</source>
        <translation>A Lomtárba áthelyezve: {count}. Visszavonás: Ctrl+Z.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <extracomment>set by the sync UI: fetch_attachment(sha256, then) downloads a file kept on the server</extracomment>
        <translation>Navigáció</translation>
    </message>
    <message>
        <source>No changes waiting to be shared</source>
        <translation>Nincs megosztásra váró módosítás</translation>
    </message>
    <message>
        <source>No saved searches yet. Type in the search box, then choose Save search under the filters.</source>
        <translation>Még nincs mentett keresés. Írjon a keresőmezőbe, majd válassza a szűrők alatti Keresés mentése lehetőséget.</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Visszaállítás</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Újra</translation>
    </message>
    <message>
        <source>Restored: {count}</source>
        <translation>Visszaállítva: {count}</translation>
    </message>
    <message>
        <source>RuralDesk</source>
        <extracomment>which collections a record of each collection can be linked to (both directions)</extracomment>
        <translation>RuralDesk</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Keresés mentése</translation>
    </message>
    <message>
        <source>Saved the search “{name}”</source>
        <translation>A(z) „{name}” keresés mentve</translation>
    </message>
    <message>
        <source>Saved “{title}”</source>
        <translation>Mentve: „{title}”</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Keresés mindenhol</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <extracomment>the middle pane: the list, or a view another module adds for a navigation node</extracomment>
        <translation>Keresés mindenhol (Ctrl+K)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Az össze&amp;s kijelölése</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>&amp;Naplómappa megjelenítése</translation>
    </message>
    <message>
        <source>Show {what}</source>
        <translation>Megjelenítés: {what}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Szinkronizálási állapot</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Ez a bejegyzés már nincs meg.</translation>
    </message>
    <message>
        <source>The clipboard holds no file or picture to attach.</source>
        <translation>A vágólapon nincs csatolható fájl vagy kép.</translation>
    </message>
    <message>
        <source>This file is not on this computer yet. It arrives with the next sync.</source>
        <translation>Ez a fájl még nincs ezen a számítógépen. A következő szinkronizálással érkezik meg.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Lomtár</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Visszavonás</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Created</source>
        <translation>Létrehozva</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Beszélgetések</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Találat helye</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Utolsó módosítás</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Mentett keresések</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cím</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Ellenőrzendő</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Lomtár</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Típus</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <extracomment>the review list is a coordinator&apos;s (ui/review.py): whatsnew sets it from the member&apos;s role</extracomment>
        <translation>Újdonságok</translation>
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
            <numerusform>%n módosított névjegy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed practices</source>
        <translation>
            <numerusform>%n módosított gyakorlat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed tools</source>
        <translation>
            <numerusform>%n módosított eszköz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n névjegy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited posts</source>
        <translation>
            <numerusform>%n módosított hozzászólás</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contacts</source>
        <translation>
            <numerusform>%n új névjegy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new posts</source>
        <translation>
            <numerusform>%n új hozzászólás</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new practices</source>
        <translation>
            <numerusform>%n új gyakorlat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tools</source>
        <translation>
            <numerusform>%n új eszköz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n hozzászólás</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practices</source>
        <translation>
            <numerusform>%n gyakorlat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records shared by others since your last review.</source>
        <translation>
            <numerusform>%n bejegyzést osztottak meg mások a legutóbbi ellenőrzése óta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tools</source>
        <translation>
            <numerusform>%n eszköz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n olvasatlan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Attach files: {count}</source>
        <translation>Fájlok csatolása: {count}</translation>
    </message>
    <message>
        <source>Could not undo or redo: {error}</source>
        <extracomment>a write: runs on the writer thread, returns what changed and a value for on_done</extracomment>
        <translation>A visszavonás vagy az újra végrehajtás nem sikerült: {error}</translation>
    </message>
    <message>
        <source>Create {title}</source>
        <translation>Létrehozás: „{title}”</translation>
    </message>
    <message>
        <source>Delete records: {count}</source>
        <translation>Bejegyzések törlése: {count}</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>Törlés: „{title}”</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Szerkesztés: {title}</translation>
    </message>
    <message>
        <source>Link {title}</source>
        <translation>Összekapcsolás: „{title}”</translation>
    </message>
    <message>
        <source>Not undone: {fields} of “{title}” changed since, by someone else (it arrived with the last sync). Their value stays; edit it by hand if yours should win.</source>
        <translation>Nincs visszavonva: a(z) „{title}” {fields} mezőjét azóta valaki más módosította (a legutóbbi szinkronizálással érkezett). Az ő értéke marad; szerkessze kézzel, ha az Öné a helyes.</translation>
    </message>
    <message>
        <source>Not undone: “{title}” was moved to or from the trash by someone else since (it arrived with the last sync). It stays as it is.</source>
        <translation>Nincs visszavonva: a(z) „{title}” bejegyzést azóta valaki más áthelyezte a Lomtárba vagy visszaállította onnan (a legutóbbi szinkronizálással érkezett). Úgy marad, ahogy van.</translation>
    </message>
    <message>
        <source>Remove attachment {name}</source>
        <translation>A(z) {name} melléklet eltávolítása</translation>
    </message>
    <message>
        <source>Restore records: {count}</source>
        <translation>Bejegyzések visszaállítása: {count}</translation>
    </message>
    <message>
        <source>Restore {title}</source>
        <translation>Visszaállítás: „{title}”</translation>
    </message>
    <message>
        <source>Unlink from {title}</source>
        <translation>Kapcsolat bontása ezzel: „{title}”</translation>
    </message>
</context>
<context>
    <name>PeerSync</name>
    <message>
        <source>&amp;Computers offering sync nearby:</source>
        <translation>Szinkronizálást kínáló közeli &amp;számítógépek:</translation>
    </message>
    <message>
        <source>&amp;Offer sync to a nearby computer…</source>
        <translation>Szinkronizálás &amp;felajánlása közeli számítógépnek…</translation>
    </message>
    <message>
        <source>Address of this computer</source>
        <translation>Ennek a számítógépnek a címe</translation>
    </message>
    <message>
        <source>C&amp;onnect and sync</source>
        <translation>&amp;Csatlakozás és szinkronizálás</translation>
    </message>
    <message>
        <source>Choose a computer from the list, or type its address as shown on it (for example 192.168.1.20:40123).</source>
        <translation>Válasszon egy számítógépet a listából, vagy írja be a címét úgy, ahogy rajta látható (például 192.168.1.20:40123).</translation>
    </message>
    <message>
        <source>Choose the computer that offers sync (Sync → Offer sync to a nearby computer… on it) and type the code it shows.</source>
        <translation>Válassza ki a szinkronizálást kínáló számítógépet (azon: Szinkronizálás → Szinkronizálás felajánlása közeli számítógépnek…), és írja be az ott látható kódot.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Csatlakozás…</translation>
    </message>
    <message>
        <source>If this computer is not listed there, connect by address: {address}</source>
        <translation>Ha ez a számítógép nem szerepel ott, csatlakozzon cím alapján: {address}</translation>
    </message>
    <message>
        <source>Let a computer of your group on the same network sync with this one, without the server or the internet</source>
        <translation>A csoport egy ugyanazon a hálózaton lévő számítógépe szinkronizálhat ezzel, szerver és internet nélkül</translation>
    </message>
    <message>
        <source>Looking for computers of your group on this network…</source>
        <translation>A csoport számítógépeinek keresése ezen a hálózaton…</translation>
    </message>
    <message>
        <source>Offer sync to a nearby computer</source>
        <translation>Szinkronizálás felajánlása közeli számítógépnek</translation>
    </message>
    <message>
        <source>On the other computer (same Wi-Fi or phone hotspot, same group), choose Sync → Sync with a nearby computer…, pick this computer and type this code:</source>
        <translation>A másik számítógépen (ugyanaz a Wi-Fi vagy telefonos hotspot, ugyanaz a csoport) válassza a Szinkronizálás → Szinkronizálás közeli számítógéppel… menüpontot, jelölje ki ezt a számítógépet, és írja be ezt a kódot:</translation>
    </message>
    <message>
        <source>Or connect by &amp;address:</source>
        <translation>Vagy csatlakozás cím &amp;alapján:</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>&amp;Párosítási kód:</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Párosítási kód</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Folyamat</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Leállítás</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Stopped. Nothing was half-applied.</source>
        <translation>Leállítva. Semmi sem maradt félig alkalmazva.</translation>
    </message>
    <message>
        <source>Sync with a &amp;nearby computer…</source>
        <translation>Szinkronizálás közeli számító&amp;géppel…</translation>
    </message>
    <message>
        <source>Sync with a computer of your group that offers it on the same network</source>
        <translation>Szinkronizálás a csoport egy olyan számítógépével, amely ugyanazon a hálózaton kínálja</translation>
    </message>
    <message>
        <source>Sync with a nearby computer</source>
        <translation>Szinkronizálás közeli számítógéppel</translation>
    </message>
    <message>
        <source>Synced with “{name}”: {received} changes received, {sent} sent.</source>
        <translation>Szinkronizálva ezzel: „{name}”: {received} módosítás érkezett, {sent} elküldve.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed.</source>
        <translation>Ez nem a másik számítógépen látható kód; semmi sem változott.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed. Tries left: {count}.</source>
        <translation>Ez nem a másik számítógépen látható kód; semmi sem változott. Hátralévő próbálkozások: {count}.</translation>
    </message>
    <message>
        <source>The code has six digits, as shown on the other computer.</source>
        <translation>A kód hat számjegyből áll, ahogy a másik számítógépen látható.</translation>
    </message>
    <message>
        <source>The connection to the other computer was lost ({reason}). Nothing was half-applied; try again.</source>
        <translation>Megszakadt a kapcsolat a másik számítógéppel ({reason}). Semmi sem maradt félig alkalmazva; próbálja újra.</translation>
    </message>
    <message>
        <source>The connection was lost before the end; nothing was half-applied. Still waiting for a computer of your group…</source>
        <translation>A kapcsolat a vége előtt megszakadt; semmi sem maradt félig alkalmazva. Továbbra is várakozás a csoport egy számítógépére…</translation>
    </message>
    <message>
        <source>The other computer answered in a way this version does not understand ({reason}). Nothing was changed.</source>
        <translation>A másik számítógép olyan választ adott, amelyet ez a verzió nem ért ({reason}). Semmi sem változott.</translation>
    </message>
    <message>
        <source>The other computer belongs to another group; only computers of the same group can sync. Nothing was changed.</source>
        <translation>A másik számítógép egy másik csoporthoz tartozik; csak azonos csoportba tartozó számítógépek szinkronizálhatnak. Semmi sem változott.</translation>
    </message>
    <message>
        <source>The other computer stopped its offer after too many wrong codes. Ask for a new offer there; nothing was changed.</source>
        <translation>A másik számítógép túl sok hibás kód után leállította az ajánlatát. Kérjen ott új ajánlatot; semmi sem változott.</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: on the other computer, connect by address: {address}</source>
        <translation>Ez a hálózat nem engedi, hogy a számítógépek megtalálják egymást: a másik számítógépen csatlakozzon cím alapján: {address}</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: type the address shown on the other computer.</source>
        <translation>Ez a hálózat nem engedi, hogy a számítógépek megtalálják egymást: írja be a másik számítógépen látható címet.</translation>
    </message>
    <message>
        <source>This workspace is not part of a group yet. Set up sync with your group server once (Sync → Set up sync…); after that it can sync with nearby computers too.</source>
        <translation>Ez a munkaterület még nem tartozik csoporthoz. Egyszer állítsa be a szinkronizálást a csoportszerverrel (Szinkronizálás → Szinkronizálás beállítása…); utána közeli számítógépekkel is szinkronizálhat.</translation>
    </message>
    <message>
        <source>Waiting for a computer of your group…</source>
        <translation>Várakozás a csoport egy számítógépére…</translation>
    </message>
    <message>
        <source>{count} are kept until your next sync with the server, which knows the computer that signed them.</source>
        <translation>{count} megmarad a szerverrel való következő szinkronizálásig; a szerver ismeri az aláíró számítógépet.</translation>
    </message>
    <message>
        <source>{count} were refused (their signature did not check out).</source>
        <translation>{count} elutasítva (az aláírásuk nem volt érvényes).</translation>
    </message>
    <message>
        <source>“{name}” belongs to another group; it cannot sync with this computer. Still waiting…</source>
        <translation>„{name}” egy másik csoporthoz tartozik; nem szinkronizálhat ezzel a számítógéppel. Várakozás tovább…</translation>
    </message>
    <message>
        <source>“{name}” connected; checking the code…</source>
        <translation>„{name}” csatlakozott; a kód ellenőrzése…</translation>
    </message>
    <message>
        <source>“{name}” typed a wrong code; nothing was changed. Tries left: {count}.</source>
        <translation>„{name}” hibás kódot írt be; semmi sem változott. Hátralévő próbálkozások: {count}.</translation>
    </message>
    <message>
        <source>“{name}” typed the right code; syncing…</source>
        <translation>„{name}” helyes kódot írt be; szinkronizálás…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Másolás</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Beillesztés</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ú&amp;jra</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Visszavonás</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kivágás</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Törlés</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Az összes kijelölése</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nem</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Igen</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Megszakítás</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Alkalmaz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bezárás</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Elvetés</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Súgó</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Kihagyás</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;em, egyikre sem</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Megnyitás</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Visszaállítás</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Alapértékek visszaállítása</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Újra</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Mentés</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Összes mentése</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Igen, &amp;mindegyikre</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Másolás</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Beillesztés</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ú&amp;jra</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Visszavonás</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Hivatkozás címének másolása</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kivágás</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Törlés</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Az összes kijelölése</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>&amp;Mark all as reviewed</source>
        <translation>Az összes megjelölése &amp;ellenőrzöttként</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <extracomment>few columns: the pane beside the record is narrow at 150 % (the type is in the tool tip)</extracomment>
        <translation>(névtelen)</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>&amp;Megjegyzés hozzáadása…</translation>
    </message>
    <message>
        <source>Choose a record in the list first.</source>
        <translation>Előbb válasszon egy bejegyzést a listából.</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Utolsó módosítás</translation>
    </message>
    <message>
        <source>Nothing to review: everything others shared has been reviewed.</source>
        <translation>Nincs mit ellenőrizni: minden, amit mások megosztottak, ellenőrizve van.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Ellenőrzői megjegyzés</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note: {note}</source>
        <translation>Ellenőrzői megjegyzés: {note}</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Megosztotta</translation>
    </message>
    <message>
        <source>Shared records to review</source>
        <translation>Ellenőrzendő megosztott bejegyzések</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cím</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Ellenőrzendő</translation>
    </message>
    <message>
        <source>Write a reviewer&apos;s note on the chosen record</source>
        <translation>Ellenőrzői megjegyzés írása a kiválasztott bejegyzéshez</translation>
    </message>
    <message>
        <source>Your note on “{title}” travels with the record to everyone in the group. Only coordinators can write it.</source>
        <translation>A(z) „{title}” bejegyzéshez írt megjegyzése a bejegyzéssel együtt a csoport minden tagjához eljut. Csak koordinátorok írhatják.</translation>
    </message>
    <message>
        <source>{type}, last changed {when}</source>
        <translation>{type}, utolsó módosítás: {when}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Could not load demo data: {error}</source>
        <translation>Nem sikerült betölteni a bemutató adatokat: {error}</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>A bemutató adatok betöltve.</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <extracomment>startup.Opened: the replica and the lock that goes with it (set by ruraldesk.app); switch_workspace() replaces both</extracomment>
        <translation>Bemutató adatok betöltése</translation>
    </message>
    <message>
        <source>Stopped loading demo data; what was loaded stays.</source>
        <translation>A bemutató adatok betöltése leállítva; ami betöltődött, megmarad.</translation>
    </message>
    <message>
        <source>The new data folder is used from the next start.</source>
        <translation>Az új adatmappa a következő indítástól lesz használatban.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Another RuralDesk window is already working on this workspace ({path}). Switch to that window, or close it and try again.</source>
        <translation>Egy másik RuralDesk-ablak már dolgozik ezen a munkaterületen ({path}). Váltson arra az ablakra, vagy zárja be, és próbálja újra.</translation>
    </message>
    <message>
        <source>Choose a folder for your workspace</source>
        <translation>Mappa kiválasztása a munkaterület számára</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Másik mappa választása…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Folytatás</translation>
    </message>
    <message>
        <source>Only {free} MB are free where your workspace is kept ({path}). RuralDesk may not be able to save your changes. Free some space (empty the computer&apos;s trash, remove large files), then continue.</source>
        <translation>Csak {free} MB szabad ott, ahol a munkaterülete található ({path}). Lehet, hogy a RuralDesk nem tudja menteni a módosításait. Szabadítson fel helyet (ürítse a számítógép lomtárát, távolítson el nagy fájlokat), majd folytassa.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Kilépés</translation>
    </message>
    <message>
        <source>RuralDesk is already open</source>
        <translation>A RuralDesk már meg van nyitva</translation>
    </message>
    <message>
        <source>RuralDesk keeps your workspace in {folder}, but cannot write there ({reason}). Choose another folder you can write to, such as one in your documents.</source>
        <translation>A RuralDesk a munkaterületét itt tárolja: {folder}, de nem tud oda írni ({reason}). Válasszon egy másik mappát, amelybe írhat, például a Dokumentumok mappában.</translation>
    </message>
    <message>
        <source>Show the backups</source>
        <translation>Biztonsági mentések megjelenítése</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <extracomment>below this much free space a warning comes before anything is written</extracomment>
        <translation>Az adatmappa nem használható</translation>
    </message>
    <message>
        <source>The disk is almost full</source>
        <translation>A lemez majdnem megtelt</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only. Choose another folder you can write to.</source>
        <translation>A(z) {folder} mappa csak olvasható. Válasszon egy másik mappát, amelybe írhat.</translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation>A munkaterület nem nyitható meg</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Újra</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>a lemez megtelt</translation>
    </message>
    <message>
        <source>{problem}

RuralDesk keeps automatic backups of your workspace in {backups}. You can restore one by copying it over the damaged file.</source>
        <translation>{problem}

A RuralDesk automatikus biztonsági mentéseket készít a munkaterületéről ide: {backups}. Egy mentést úgy állíthat vissza, hogy a sérült fájl helyére másolja.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>Ü&amp;tközések…</translation>
    </message>
    <message>
        <source>&amp;Disconnect from the server…</source>
        <translation>&amp;Kapcsolat bontása a szerverrel…</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Csoport:</translation>
    </message>
    <message>
        <source>&amp;Group…</source>
        <translation>&amp;Csoport…</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>&amp;Meghívókód:</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <extracomment>passed on to the Transport (tests shorten the back-off) seconds the first question to the server may take, retries included callables(report) run on the UI thread after a sync that finished (ui/whatsnew.py)</extracomment>
        <translation>Szinkronizálás &amp;most</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Az Ön neve:</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>A melléklet még nincs itt</translation>
    </message>
    <message>
        <source>Attachment not on the server</source>
        <translation>A melléklet nincs a szerveren</translation>
    </message>
    <message>
        <source>Changes waiting: {count}</source>
        <translation>Várakozó módosítások: {count}</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Ellenőrzés és mentés</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Ellenőrzés…</translation>
    </message>
    <message>
        <source>Conflicts: {count}</source>
        <translation>Ütközések: {count}</translation>
    </message>
    <message>
        <source>Connected. Your token is kept in {where}.</source>
        <translation>Csatlakozva. A token tárolási helye: {where}.</translation>
    </message>
    <message>
        <source>Connection check</source>
        <translation>Kapcsolat ellenőrzése</translation>
    </message>
    <message>
        <source>Could not download</source>
        <translation>A letöltés nem sikerült</translation>
    </message>
    <message>
        <source>Could not keep the token: {error}</source>
        <translation>A token nem tárolható: {error}</translation>
    </message>
    <message>
        <source>Disconnect from the server</source>
        <translation>Kapcsolat bontása a szerverrel</translation>
    </message>
    <message>
        <source>Downloading the attachment</source>
        <translation>A melléklet letöltése</translation>
    </message>
    <message>
        <source>Enter the server address (starting with https://) and the group.</source>
        <translation>Adja meg a szerver címét (https:// kezdettel) és a csoportot.</translation>
    </message>
    <message>
        <source>Enter the token your coordinator gave you.</source>
        <translation>Adja meg a koordinátortól kapott tokent.</translation>
    </message>
    <message>
        <source>Everything is saved on this computer. Use Sync → Set up sync… to share it with your group.</source>
        <translation>Minden ezen a számítógépen van mentve. A csoporttal való megosztáshoz válassza a Szinkronizálás → Szinkronizálás beállítása… menüpontot.</translation>
    </message>
    <message>
        <source>Group “{group}” at {url}</source>
        <translation>„{group}” csoport itt: {url}</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Meghívókód</translation>
    </message>
    <message>
        <source>Joining the group…</source>
        <translation>Csatlakozás a csoporthoz…</translation>
    </message>
    <message>
        <source>Large change from the server</source>
        <translation>Nagy módosítás a szerverről</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Nincs mentve: {why}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Még nincs szinkronizálva</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Nyitott ütközések</translation>
    </message>
    <message>
        <source>Or, with a personal token:</source>
        <translation>Vagy személyes tokennel:</translation>
    </message>
    <message>
        <source>Paste the invitation code your coordinator sent you: it holds the server&apos;s address and the group. With a personal token instead, leave it empty and fill in the fields below. The token is kept in the system&apos;s password store when there is one, otherwise in a file only you can read.</source>
        <translation>Illessze be a koordinátortól kapott meghívókódot: ez tartalmazza a szerver címét és a csoportot. Ha inkább személyes tokenje van, hagyja üresen, és töltse ki az alábbi mezőket. A token a rendszer jelszókezelőjében tárolódik, ha van ilyen, egyébként egy csak Ön által olvasható fájlban.</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Feloldás…</translation>
    </message>
    <message>
        <source>S&amp;top syncing</source>
        <translation>Szinkronizálás le&amp;állítása</translation>
    </message>
    <message>
        <source>Send your changes to the group server and get everyone else&apos;s</source>
        <translation>Módosításai elküldése a csoportszerverre, és a többiek módosításainak lekérése</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Szerver címe:</translation>
    </message>
    <message>
        <source>Set &amp;up sync…</source>
        <translation>Szinkronizálás &amp;beállítása…</translation>
    </message>
    <message>
        <source>Set up sync</source>
        <translation>Szinkronizálás beállítása</translation>
    </message>
    <message>
        <source>Stop syncing this workspace with the group server? Your records stay on this computer; changes not yet sent stay waiting. You can set up sync again later.</source>
        <translation>Leállítja a munkaterület szinkronizálását a csoportszerverrel? A bejegyzései ezen a számítógépen maradnak; a még el nem küldött módosítások várakoznak tovább. A szinkronizálást később újra beállíthatja.</translation>
    </message>
    <message>
        <source>Syncing… {stage}</source>
        <translation>Szinkronizálás… {stage}</translation>
    </message>
    <message>
        <source>The group server does not have this file yet: the person who attached it has not synced since.</source>
        <translation>A csoportszerveren még nincs meg ez a fájl: aki csatolta, azóta nem szinkronizált.</translation>
    </message>
    <message>
        <source>The group server refused a change to this record ({fields}).</source>
        <translation>A csoportszerver elutasította a bejegyzés egyik módosítását ({fields}).</translation>
    </message>
    <message>
        <source>The group server&apos;s changes would move {deletes} records to the trash, erase {erasures} and change {overwrites} — {total} of your {records} records ({share}).

This can be right (someone tidied up the shared records) or a mistake. Apply these changes now?</source>
        <translation>A csoportszerver módosításai {deletes} bejegyzést helyeznének a Lomtárba, {erasures} bejegyzést törölnének véglegesen és {overwrites} bejegyzést módosítanának — összesen {total} bejegyzést az Ön {records} bejegyzéséből ({share}).

Ez lehet helyes (valaki rendet rakott a közös bejegyzések között) vagy tévedés. Alkalmazza most ezeket a módosításokat?</translation>
    </message>
    <message>
        <source>The group&apos;s members; for coordinators, invitations, roles and people&apos;s data requests</source>
        <translation>A csoport tagjai; koordinátoroknak meghívók, szerepkörök és személyesadat-kérelmek</translation>
    </message>
    <message>
        <source>This file is not on this computer, and this workspace is not connected to a group server.</source>
        <translation>Ez a fájl nincs ezen a számítógépen, és ez a munkaterület nem kapcsolódik csoportszerverhez.</translation>
    </message>
    <message>
        <source>This record is in conflict ({fields}): two people changed it at once.</source>
        <translation>Ez a bejegyzés ütközésben van ({fields}): ketten módosították egyszerre.</translation>
    </message>
    <message>
        <source>This workspace holds demo data. Demo data is fictional and never leaves this computer, so it cannot be shared with your group.

Use a new, empty workspace for your group&apos;s records? The demo workspace stays as it is.</source>
        <translation>Ez a munkaterület bemutató adatokat tartalmaz. A bemutató adatok kitaláltak, és soha nem hagyják el ezt a számítógépet, ezért nem oszthatók meg a csoporttal.

Használ egy új, üres munkaterületet a csoport bejegyzéseihez? A bemutató munkaterület változatlan marad.</translation>
    </message>
    <message>
        <source>Up to date · {when}</source>
        <translation>Naprakész · {when}</translation>
    </message>
    <message>
        <source>Working offline: no group server connected</source>
        <translation>Offline munka: nincs csatlakoztatott csoportszerver</translation>
    </message>
    <message>
        <source>You are now in the new, empty workspace “{name}”. The demo workspace stays as it is.</source>
        <translation>Most az új, üres „{name}” munkaterületen van. A bemutató munkaterület változatlan marad.</translation>
    </message>
    <message>
        <source>a file only you can read ({path})</source>
        <translation>egy csak Ön által olvasható fájl ({path})</translation>
    </message>
    <message>
        <source>checking the server</source>
        <translation>a szerver ellenőrzése</translation>
    </message>
    <message>
        <source>could not reach the server</source>
        <translation>a szerver nem érhető el</translation>
    </message>
    <message>
        <source>could not reach the server: {reason}</source>
        <translation>a szerver nem érhető el: {reason}</translation>
    </message>
    <message>
        <source>enter a new token under Sync → Set up sync…</source>
        <translation>adjon meg új tokent a Szinkronizálás → Szinkronizálás beállítása… menüpontban</translation>
    </message>
    <message>
        <source>kept from before; type to replace it</source>
        <translation>korábbról megtartva; írja be az újat a cseréhez</translation>
    </message>
    <message>
        <source>last synced at {time}</source>
        <translation>utolsó szinkronizálás: {time}</translation>
    </message>
    <message>
        <source>optional: your name as the group knows it</source>
        <translation>nem kötelező: az Ön neve, ahogy a csoport ismeri</translation>
    </message>
    <message>
        <source>press F5 to try again</source>
        <translation>az újrapróbálkozáshoz nyomja le az F5 billentyűt</translation>
    </message>
    <message>
        <source>receiving attachments</source>
        <translation>mellékletek fogadása</translation>
    </message>
    <message>
        <source>receiving changes</source>
        <translation>módosítások fogadása</translation>
    </message>
    <message>
        <source>saving what arrived</source>
        <translation>a beérkezett adatok mentése</translation>
    </message>
    <message>
        <source>sending attachments</source>
        <translation>mellékletek küldése</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>módosítások küldése</translation>
    </message>
    <message>
        <source>set up sync in a new, empty workspace</source>
        <translation>állítsa be a szinkronizálást egy új, üres munkaterületen</translation>
    </message>
    <message>
        <source>something went wrong</source>
        <translation>valami hiba történt</translation>
    </message>
    <message>
        <source>something went wrong ({reason}); the details are in the log</source>
        <translation>valami hiba történt ({reason}); a részletek a naplóban találhatók</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>leállítás</translation>
    </message>
    <message>
        <source>the server did not accept this token for this group; check it, or ask your coordinator for a new one</source>
        <translation>a szerver nem fogadta el ezt a tokent ehhez a csoporthoz; ellenőrizze, vagy kérjen újat a koordinátortól</translation>
    </message>
    <message>
        <source>the server did not accept your token</source>
        <translation>a szerver nem fogadta el a tokenjét</translation>
    </message>
    <message>
        <source>the server did not accept your token; ask your coordinator for a new one and enter it under Sync → Set up sync…</source>
        <translation>a szerver nem fogadta el a tokenjét; kérjen újat a koordinátortól, és adja meg a Szinkronizálás → Szinkronizálás beállítása… menüpontban</translation>
    </message>
    <message>
        <source>the server refused the request</source>
        <translation>a szerver elutasította a kérést</translation>
    </message>
    <message>
        <source>the server refused the request: {reason}</source>
        <translation>a szerver elutasította a kérést: {reason}</translation>
    </message>
    <message>
        <source>the system&apos;s password store</source>
        <translation>a rendszer jelszókezelője</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never leaves this computer; set up sync in a new, empty workspace</source>
        <translation>ez a munkaterület bemutató adatokat tartalmaz, amelyek soha nem hagyják el ezt a számítógépet; állítsa be a szinkronizálást egy új, üres munkaterületen</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never syncs</source>
        <translation>ez a munkaterület bemutató adatokat tartalmaz, amelyek soha nem szinkronizálódnak</translation>
    </message>
    <message>
        <source>trying again at {time}</source>
        <translation>újrapróbálkozás ekkor: {time}</translation>
    </message>
    <message>
        <source>you chose not to apply the server&apos;s large change</source>
        <translation>Ön úgy döntött, hogy nem alkalmazza a szerver nagy módosítását</translation>
    </message>
    <message>
        <source>you stopped it</source>
        <translation>Ön leállította</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} / {total}</translation>
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
        <translation>Agroökológia</translation>
    </message>
    <message>
        <source>Co-design with authorities</source>
        <translation>Közös tervezés a hatóságokkal</translation>
    </message>
    <message>
        <source>Community transport</source>
        <translation>Közösségi közlekedés</translation>
    </message>
    <message>
        <source>Digital platform cooperatives</source>
        <translation>Digitális platformszövetkezetek</translation>
    </message>
    <message>
        <source>Education and services</source>
        <translation>Oktatás és szolgáltatások</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energia</translation>
    </message>
    <message>
        <source>Energy communities</source>
        <translation>Energiaközösségek</translation>
    </message>
    <message>
        <source>Enterprise development and employment</source>
        <translation>Vállalkozásfejlesztés és foglalkoztatás</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Egészségügy</translation>
    </message>
    <message>
        <source>Local entrepreneurship</source>
        <translation>Helyi vállalkozói tevékenység</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilitás</translation>
    </message>
    <message>
        <source>Policy and legal frameworks</source>
        <translation>Szakpolitikai és jogi keretek</translation>
    </message>
    <message>
        <source>Short food supply chains</source>
        <translation>Rövid élelmiszer-ellátási láncok</translation>
    </message>
    <message>
        <source>Social inclusion</source>
        <translation>Társadalmi befogadás</translation>
    </message>
    <message>
        <source>Solidarity networks</source>
        <translation>Szolidaritási hálózatok</translation>
    </message>
    <message>
        <source>Sustainable agriculture and food</source>
        <translation>Fenntartható mezőgazdaság és élelmezés</translation>
    </message>
    <message>
        <source>Work integration</source>
        <translation>Munkaerőpiaci integráció</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>&amp;Back up the workspace to a file…</source>
        <translation>Munkaterület &amp;mentése fájlba…</translation>
    </message>
    <message>
        <source>&amp;Contacts to merge (ticked):</source>
        <translation>Összevonandó &amp;névjegyek (bejelölve):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Ország:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kódolás:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Végleges törlés</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportálás…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formátum:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Csoportok:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>&quot;(detected)&quot; marks what the detector said, not whatever the file was read again with</extracomment>
        <translation>&amp;Importálás</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <extracomment>the CSV export&apos;s BOM choice is remembered for the session</extracomment>
        <translation>&amp;Importálás…</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Megtartandó:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>Össze&amp;vonás</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>Névjegy &amp;megnyitása</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>Bejegyzés &amp;megnyitása</translation>
    </message>
    <message>
        <source>&amp;Practice sheet…</source>
        <translation>&amp;Gyakorlat-adatlap…</translation>
    </message>
    <message>
        <source>&amp;Read it this way</source>
        <translation>&amp;Olvasás így</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>Be&amp;jegyzések:</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup file…</source>
        <translation>Vissza&amp;állítás biztonsági mentésből…</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Elválasztó:</translation>
    </message>
    <message>
        <source>&amp;Use this country</source>
        <translation>Ez az ország &amp;legyen</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>(felismert)</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(nem olvasható)</translation>
    </message>
    <message>
        <source>(nothing to compare)</source>
        <translation>(nincs mit összehasonlítani)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {size}, {count} columns</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {size}, oszlopok: {count}</translation>
    </message>
    <message>
        <source>A .vcf file that address books and phones can read.</source>
        <translation>.vcf-fájl, amelyet a címjegyzékek és a telefonok be tudnak olvasni.</translation>
    </message>
    <message>
        <source>A backup can only be restored into an empty workspace, and this one already holds {practices} practices, {contacts} contacts and {tools} tools. Nothing was changed.

To restore, choose a new, empty data folder under File → Settings, restart RuralDesk, and restore there.</source>
        <translation>Biztonsági mentést csak üres munkaterületre lehet visszaállítani, ez pedig már tartalmaz gyakorlatokat ({practices}), névjegyeket ({contacts}) és eszközöket ({tools}). Semmi sem változott.

A visszaállításhoz válasszon egy új, üres adatmappát a Fájl → Beállítások menüpontban, indítsa újra a RuralDesket, és ott végezze el a visszaállítást.</translation>
    </message>
    <message>
        <source>A printable sheet (PDF or Markdown) of the practice shown, or of several</source>
        <translation>Nyomtatható adatlap (PDF vagy Markdown) a megjelenített gyakorlatról vagy több gyakorlatról</translation>
    </message>
    <message>
        <source>A sheet to print or share: the key facts, what was done, what was learned, and who to ask. Headings are in each practice&apos;s language.</source>
        <translation>Nyomtatható vagy megosztható adatlap: a legfontosabb tények, mi történt, mit tanultak, és kihez lehet fordulni. A címsorok az egyes gyakorlatok nyelvén szerepelnek.</translation>
    </message>
    <message>
        <source>A sync is running. Wait until it has finished, then restore again.</source>
        <translation>Szinkronizálás van folyamatban. Várja meg, amíg befejeződik, majd próbálja újra a visszaállítást.</translation>
    </message>
    <message>
        <source>Attachments not on this computer (kept on the group server) are not in the backup: {count}.</source>
        <translation>A nem ezen a számítógépen lévő (a csoportszerveren tárolt) mellékletek nincsenek a biztonsági mentésben: {count}.</translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation>A munkaterület mentése</translation>
    </message>
    <message>
        <source>Backed up {records} records and {files} attachment files to {path}.</source>
        <translation>Biztonsági mentés kész: {records} bejegyzés és {files} mellékletfájl ide: {path}.</translation>
    </message>
    <message>
        <source>Backing up to {name}</source>
        <translation>Biztonsági mentés ide: {name}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>A biztonsági mentés elkészült</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>A biztonsági mentés visszaállítva</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>Biztonsági mentések (*.zip)</translation>
    </message>
    <message>
        <source>Backups (*.zip);;All files (*)</source>
        <translation>Biztonsági mentések (*.zip);;Minden fájl (*)</translation>
    </message>
    <message>
        <source>Bring a backup back into an empty workspace</source>
        <translation>Biztonsági mentés visszahozása egy üres munkaterületre</translation>
    </message>
    <message>
        <source>Bring in contacts, practices or tools from a CSV/TSV table or a vCard file</source>
        <translation>Névjegyek, gyakorlatok vagy eszközök beolvasása CSV/TSV-táblázatból vagy vCard-fájlból</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-táblázatok (*.csv)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Névjegykártya</translation>
    </message>
    <message>
        <source>Cards read: {count}</source>
        <translation>Beolvasott névjegykártyák: {count}</translation>
    </message>
    <message>
        <source>Cards with a problem: {count}</source>
        <translation>Hibás névjegykártyák: {count}</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>Ellenőrzés: {name}</translation>
    </message>
    <message>
        <source>Choose the encoding</source>
        <translation>Kódolás kiválasztása</translation>
    </message>
    <message>
        <source>Choose the field each column goes into, or leave it out.</source>
        <translation>Válassza ki, melyik mezőbe kerüljön az egyes oszlopok tartalma, vagy hagyja ki az oszlopot.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Oszlop</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Oszlop a fájlban</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Oszlopok</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}</source>
        <translation>Nem importált oszlopok: {columns}</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>A fájl oszlopai</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Vessző ( , )</translation>
    </message>
    <message>
        <source>Contact to keep</source>
        <translation>Megtartandó névjegy</translation>
    </message>
    <message>
        <source>Contacts that look like the same person or organisation, to merge</source>
        <translation>Összevonandó névjegyek, amelyek ugyanannak a személynek vagy szervezetnek tűnnek</translation>
    </message>
    <message>
        <source>Contacts to merge</source>
        <translation>Összevonandó névjegyek</translation>
    </message>
    <message>
        <source>Country of the phone numbers</source>
        <translation>A telefonszámok országa</translation>
    </message>
    <message>
        <source>Delete the contact for good, everywhere, and list the mentions to review</source>
        <translation>A névjegy végleges törlése mindenhonnan, és az ellenőrizendő említések listázása</translation>
    </message>
    <message>
        <source>Double-click to open the contact already here</source>
        <translation>Kattintson duplán a már meglévő névjegy megnyitásához</translation>
    </message>
    <message>
        <source>Duplicate contacts</source>
        <translation>Ismétlődő névjegyek</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>A személy végleges tö&amp;rlése…</translation>
    </message>
    <message>
        <source>E&amp;xport everything about this person…</source>
        <translation>Minden adat e&amp;xportálása erről a személyről…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Végleges törlés</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>A személy végleges törlése</translation>
    </message>
    <message>
        <source>Erase “{name}” and everything held about them?</source>
        <translation>Véglegesen törli ezt: „{name}”, és mindent, amit róla tárolnak?</translation>
    </message>
    <message>
        <source>Erasing {name}</source>
        <translation>Végleges törlés: {name}</translation>
    </message>
    <message>
        <source>Every contact in the list ({count})</source>
        <translation>A lista összes névjegye ({count})</translation>
    </message>
    <message>
        <source>Every practice in the list ({count}), in one document</source>
        <translation>A lista összes gyakorlata ({count}), egy dokumentumban</translation>
    </message>
    <message>
        <source>Every row must be right before anything is imported. Fix these rows in the file and import it again, or import only the valid rows.</source>
        <translation>Importálás előtt minden sornak helyesnek kell lennie. Javítsa ki ezeket a sorokat a fájlban, és importálja újra, vagy csak az érvényes sorokat importálja.</translation>
    </message>
    <message>
        <source>Everything about “{name}” was saved to {path}</source>
        <translation>Minden adat erről: „{name}” mentve ide: {path}</translation>
    </message>
    <message>
        <source>Everything in this workspace, attachments included, in one file</source>
        <translation>A munkaterület teljes tartalma a mellékletekkel együtt, egyetlen fájlban</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Példa</translation>
    </message>
    <message>
        <source>Excel on Windows shows accented letters correctly only with this mark</source>
        <translation>A Windows alatti Excel csak ezzel a jelöléssel jeleníti meg helyesen az ékezetes betűket</translation>
    </message>
    <message>
        <source>Export contacts as &amp;vCard…</source>
        <translation>Névjegyek exportálása &amp;vCard formátumban…</translation>
    </message>
    <message>
        <source>Export contacts as vCard</source>
        <translation>Névjegyek exportálása vCard formátumban</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Minden adat exportálása erről a személyről</translation>
    </message>
    <message>
        <source>Export list as &amp;CSV…</source>
        <translation>Lista exportálása &amp;CSV formátumban…</translation>
    </message>
    <message>
        <source>Export list as CSV</source>
        <translation>Lista exportálása CSV formátumban</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportálás:</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {path}</source>
        <translation>{count} névjegy exportálva ide: {path}</translation>
    </message>
    <message>
        <source>Exported {count} records to {path}</source>
        <translation>{count} bejegyzés exportálva ide: {path}</translation>
    </message>
    <message>
        <source>Exporting to {name}</source>
        <translation>Exportálás ide: {name}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Mező</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Importálandó fájl</translation>
    </message>
    <message>
        <source>Find &amp;duplicate contacts…</source>
        <translation>Ismétlődő &amp;névjegyek keresése…</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Találat</translation>
    </message>
    <message>
        <source>Groups of likely duplicates</source>
        <translation>Valószínű ismétlődések csoportjai</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importálás</translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation>Importálás &amp;mint:</translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>Táblázat importálása</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Az importálás részletei</translation>
    </message>
    <message>
        <source>Import findings</source>
        <translation>Az importálás megállapításai</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importálás ide</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importálási jelentés</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Az importálás eredménye</translation>
    </message>
    <message>
        <source>Import the column “{name}” into</source>
        <translation>A(z) „{name}” oszlop importálása ebbe:</translation>
    </message>
    <message>
        <source>Import the rows without a problem and leave the others out</source>
        <translation>A hibátlan sorok importálása, a többi kihagyása</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>Csak az érvényes sorok importálása</translation>
    </message>
    <message>
        <source>Import the valid rows only ({count})</source>
        <translation>Csak az érvényes sorok importálása ({count})</translation>
    </message>
    <message>
        <source>Imported: {count}</source>
        <translation>Importálva: {count}</translation>
    </message>
    <message>
        <source>Imported: {count} {what}.</source>
        <translation>Importálva: {count} {what}.</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Importálás: {name}</translation>
    </message>
    <message>
        <source>It did not work: {reason}</source>
        <translation>Nem sikerült: {reason}</translation>
    </message>
    <message>
        <source>Its links are removed from {count} linked records.</source>
        <translation>A hivatkozásai törlődnek {count} kapcsolt bejegyzésből.</translation>
    </message>
    <message>
        <source>Its past values are scrubbed from the history of changes.</source>
        <translation>Korábbi értékei törlődnek a módosítási előzményekből.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-fájlok (*.json)</translation>
    </message>
    <message>
        <source>Looking for duplicate contacts</source>
        <translation>Ismétlődő névjegyek keresése</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Hasonlít ehhez</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Markdown-szöveg</translation>
    </message>
    <message>
        <source>Mentions of the person&apos;s name, e-mails or phones in other records&apos; text are not changed: you get a list of them to review afterwards.</source>
        <translation>A személy nevének, e-mail-címeinek vagy telefonszámainak említései más bejegyzések szövegében nem változnak: utána kap róluk egy ellenőrizendő listát.</translation>
    </message>
    <message>
        <source>Mentions to review</source>
        <translation>Ellenőrizendő említések</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Névjegyek összevonása</translation>
    </message>
    <message>
        <source>Merge the ticked contacts into the one kept</source>
        <translation>A bejelölt névjegyek összevonása a megtartottba</translation>
    </message>
    <message>
        <source>Merged {count} contacts into one; records relinked: {relinked}.</source>
        <translation>{count} névjegy egybe összevonva; újrakapcsolt bejegyzések: {relinked}.</translation>
    </message>
    <message>
        <source>Names as {encoding} reads them</source>
        <translation>A nevek {encoding} kódolással olvasva</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>Nem készült biztonsági mentés: {reason}</translation>
    </message>
    <message>
        <source>No column goes into a field yet: choose at least one.</source>
        <translation>Még egyetlen oszlop sincs mezőhöz rendelve: válasszon legalább egyet.</translation>
    </message>
    <message>
        <source>No likely duplicates</source>
        <translation>Nincs valószínű ismétlődés</translation>
    </message>
    <message>
        <source>No likely duplicates were found.</source>
        <translation>Nem található valószínű ismétlődés.</translation>
    </message>
    <message>
        <source>No other record links to it.</source>
        <translation>Más bejegyzés nem kapcsolódik hozzá.</translation>
    </message>
    <message>
        <source>No phone region is set for this workspace.</source>
        <translation>Ehhez a munkaterülethez nincs beállítva telefonos régió.</translation>
    </message>
    <message>
        <source>Not imported ({count})</source>
        <translation>Nincs importálva ({count})</translation>
    </message>
    <message>
        <source>Not imported: no country was chosen for the phone numbers of {name}. Nothing was changed.</source>
        <translation>Nincs importálva: nem választott országot a(z) {name} telefonszámaihoz. Semmi sem változott.</translation>
    </message>
    <message>
        <source>Not imported: no encoding was chosen for {name}. Nothing was changed.</source>
        <translation>Nincs importálva: nem választott kódolást a(z) {name} fájlhoz. Semmi sem változott.</translation>
    </message>
    <message>
        <source>Not set (asked when needed)</source>
        <translation>Nincs beállítva (szükség esetén rákérdez)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Megjegyzés</translation>
    </message>
    <message>
        <source>Nothing was erased: {reason}</source>
        <translation>Semmi sem lett véglegesen törölve: {reason}</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Semmi sem lett exportálva: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Semmi sem lett importálva.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file holds no records.</source>
        <translation>Semmi sem lett importálva: a fájl nem tartalmaz bejegyzéseket.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Semmi sem lett importálva: {reason}</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Semmi sem lett visszaállítva: {reason}</translation>
    </message>
    <message>
        <source>Only the valid rows were imported; the rows below were left out.</source>
        <translation>Csak az érvényes sorok lettek importálva; az alábbi sorok kimaradtak.</translation>
    </message>
    <message>
        <source>Open the highlighted contact</source>
        <translation>A kiemelt névjegy megnyitása</translation>
    </message>
    <message>
        <source>Open the highlighted record</source>
        <translation>A kiemelt bejegyzés megnyitása</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-dokumentum</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumentumok (*.pdf)</translation>
    </message>
    <message>
        <source>Phone numbers without a country code</source>
        <translation>Telefonszámok országhívó nélkül</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as {country}.</source>
        <translation>Az országhívó nélküli telefonszámok értelmezése: {country}.</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Telefonos régió</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Lehetséges ismétlődések</translation>
    </message>
    <message>
        <source>Possible duplicates ({count})</source>
        <translation>Lehetséges ismétlődések ({count})</translation>
    </message>
    <message>
        <source>Possibly already here: {count} (see “Possible duplicates”)</source>
        <translation>Lehet, hogy már megvan: {count} (lásd: „Lehetséges ismétlődések”)</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Gyakorlat-adatlap</translation>
    </message>
    <message>
        <source>Practice sheets written: {count}, in {path}</source>
        <translation>Elkészült gyakorlat-adatlapok: {count}, itt: {path}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Előnézet</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Az importálás előnézete</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Az előnézet összegzése</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probléma</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problémák</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problémák ({count})</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Tulajdonság</translation>
    </message>
    <message>
        <source>Read as {encoding}</source>
        <translation>Olvasás {encoding} kódolással</translation>
    </message>
    <message>
        <source>Read as: {preset}</source>
        <translation>Olvasva így: {preset}</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>A fájl újraolvasása…</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Olvasás: {name}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Kész</translation>
    </message>
    <message>
        <source>Recognised export</source>
        <translation>Felismert exportformátum</translation>
    </message>
    <message>
        <source>Recognised: &lt;b&gt;{preset}&lt;/b&gt;. Its columns are matched below; check them before importing.</source>
        <translation>Felismerve: &lt;b&gt;{preset}&lt;/b&gt;. Az oszlopai alább párosítva; importálás előtt ellenőrizze őket.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bejegyzés</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Visszaállítás biztonsági mentésből</translation>
    </message>
    <message>
        <source>Restore {count} records from {name} (made on {date}) into this empty workspace?</source>
        <translation>Visszaállít {count} bejegyzést ebből: {name} (készült: {date}) erre az üres munkaterületre?</translation>
    </message>
    <message>
        <source>Restored {records} records and {files} attachment files from {name}.</source>
        <translation>Visszaállítva {records} bejegyzés és {files} mellékletfájl innen: {name}.</translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation>Visszaállítás: {name}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Sor</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; all ready to import.</source>
        <translation>Előnézetben látható sorok: {count}; mind importálható.</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; with a problem: {bad}. Fix them in the file, or change the columns above.</source>
        <translation>Előnézetben látható sorok: {count}; hibás: {bad}. Javítsa ki őket a fájlban, vagy módosítsa a fenti oszlopokat.</translation>
    </message>
    <message>
        <source>Rows read: {count}</source>
        <translation>Beolvasott sorok: {count}</translation>
    </message>
    <message>
        <source>Rows with a problem: {count}</source>
        <translation>Hibás sorok: {count}</translation>
    </message>
    <message>
        <source>Save the list shown, with its columns and filters, as a table</source>
        <translation>A megjelenített lista mentése táblázatként, az oszlopaival és szűrőivel</translation>
    </message>
    <message>
        <source>Save the selected contacts, or the whole list, for an address book or a phone</source>
        <translation>A kijelölt névjegyek vagy a teljes lista mentése címjegyzékhez vagy telefonhoz</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Pontosvessző ( ; )</translation>
    </message>
    <message>
        <source>Show a contact first.</source>
        <translation>Előbb jelenítsen meg egy névjegyet.</translation>
    </message>
    <message>
        <source>Show a practice, or the list of practices, to make sheets of them.</source>
        <translation>Jelenítsen meg egy gyakorlatot vagy a gyakorlatok listáját, hogy adatlapokat készítsen belőlük.</translation>
    </message>
    <message>
        <source>Show the contacts (or search for some) and select the ones to export.</source>
        <translation>Jelenítse meg a névjegyeket (vagy keressen rájuk), és jelölje ki az exportálandókat.</translation>
    </message>
    <message>
        <source>Stopped: {what}. Nothing was changed.</source>
        <translation>Leállítva: {what}. Semmi sem változott.</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulátor</translation>
    </message>
    <message>
        <source>Tables and address books (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Táblázatok és címjegyzékek (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;Minden fájl (*)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Szöveg</translation>
    </message>
    <message>
        <source>The choice can still be changed under “Encoding” in the next step.</source>
        <translation>A választás a következő lépésben a „Kódolás” résznél még módosítható.</translation>
    </message>
    <message>
        <source>The contact is deleted from this computer for good: not to the trash, and it cannot be undone.</source>
        <translation>A névjegy véglegesen törlődik erről a számítógépről: nem kerül a Lomtárba, és nem vonható vissza.</translation>
    </message>
    <message>
        <source>The contact, its history and every record linked to or mentioning it, as JSON</source>
        <translation>A névjegy, előzményei és minden hozzá kapcsolt vagy őt említő bejegyzés, JSON formátumban</translation>
    </message>
    <message>
        <source>The contacts were not exported: {reason}</source>
        <translation>A névjegyek nem lettek exportálva: {reason}</translation>
    </message>
    <message>
        <source>The contacts were not merged: {reason}</source>
        <translation>A névjegyek nem lettek összevonva: {reason}</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code, for this workspace</source>
        <translation>Az országhívó nélkül írt telefonszámok országa ebben a munkaterületben</translation>
    </message>
    <message>
        <source>The file cannot be previewed: {reason}</source>
        <translation>A fájlnak nem készíthető előnézete: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read that way: {reason}</source>
        <translation>A fájl így nem olvasható: {reason}</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows with a problem are marked; the import stops if any row of the file has one.</source>
        <translation>Az első sorok úgy, ahogyan tárolva lesznek. A hibás sorok meg vannak jelölve; az importálás leáll, ha a fájl bármely sora hibás.</translation>
    </message>
    <message>
        <source>The letters of {name} can be read in more than one way, and we cannot tell which is right. Choose the column where the names are written correctly.</source>
        <translation>A(z) {name} betűi többféleképpen is olvashatók, és nem tudjuk eldönteni, melyik a helyes. Válassza ki azt az oszlopot, amelyben a nevek helyesen szerepelnek.</translation>
    </message>
    <message>
        <source>The list was not exported: {reason}</source>
        <translation>A lista nem lett exportálva: {reason}</translation>
    </message>
    <message>
        <source>The phone region was not saved: {reason}</source>
        <translation>A telefonos régió nem lett mentve: {reason}</translation>
    </message>
    <message>
        <source>The practice shown: {title}</source>
        <translation>A megjelenített gyakorlat: {title}</translation>
    </message>
    <message>
        <source>The records the search found, with the columns the list shows for their type.</source>
        <translation>A keresés által talált bejegyzések azokkal az oszlopokkal, amelyeket a lista a típusukhoz megjelenít.</translation>
    </message>
    <message>
        <source>The search for duplicates stopped: {reason}</source>
        <translation>Az ismétlődések keresése leállt: {reason}</translation>
    </message>
    <message>
        <source>The search found nothing to export.</source>
        <translation>A keresés nem talált exportálható elemet.</translation>
    </message>
    <message>
        <source>The selected contacts ({count})</source>
        <translation>A kijelölt névjegyek ({count})</translation>
    </message>
    <message>
        <source>The selected practices ({count}), in one document</source>
        <translation>A kijelölt gyakorlatok ({count}), egy dokumentumban</translation>
    </message>
    <message>
        <source>The sheet was not written: {reason}</source>
        <translation>Az adatlap nem készült el: {reason}</translation>
    </message>
    <message>
        <source>The trash cannot be exported. Choose practices, contacts, tools or themes.</source>
        <translation>A Lomtár nem exportálható. Válasszon gyakorlatokat, névjegyeket, eszközöket vagy témákat.</translation>
    </message>
    <message>
        <source>These contacts look like the same person or organisation. Merging keeps one contact, fills its empty fields from the others, moves every link and attachment to it, and moves the others to the trash (restorable).</source>
        <translation>Ezek a névjegyek ugyanannak a személynek vagy szervezetnek tűnnek. Az összevonás megtart egy névjegyet, kitölti az üres mezőit a többiből, áthelyezi rá az összes kapcsolatot és mellékletet, a többit pedig a Lomtárba helyezi (visszaállítható).</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}</source>
        <translation>Ez a fájl nem importálható: {reason}</translation>
    </message>
    <message>
        <source>This file cannot be restored: {reason}</source>
        <translation>Ez a fájl nem állítható vissza: {reason}</translation>
    </message>
    <message>
        <source>This is asked once and kept for the workspace; File → Settings changes it. Numbers with a country code, and rows that name a country, are read as they are.</source>
        <translation>Ezt csak egyszer kérdezzük meg, és a munkaterülethez megjegyezzük; a Fájl → Beállítások menüpontban módosítható. Az országhívós számok és az országot megnevező sorok változatlanul kerülnek beolvasásra.</translation>
    </message>
    <message>
        <source>This row has a problem</source>
        <translation>Ebben a sorban hiba van</translation>
    </message>
    <message>
        <source>This workspace is not shared with a group server; copies elsewhere (backups, exports) are not touched.</source>
        <translation>Ez a munkaterület nincs megosztva csoportszerveren keresztül; a máshol lévő másolatokat (biztonsági mentések, exportok) ez nem érinti.</translation>
    </message>
    <message>
        <source>This workspace is shared: the erasure is sent to the group server at the next sync, and every member&apos;s copy erases it too.</source>
        <translation>Ez a munkaterület meg van osztva: a végleges törlés a következő szinkronizáláskor eljut a csoportszerverre, és minden tag másolatából is törlődik.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Típus</translation>
    </message>
    <message>
        <source>UTF-8 with &amp;BOM, for Excel</source>
        <translation>UTF-8 &amp;BOM-mal, Excelhez</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <extracomment>the collections a table can be imported into</extracomment>
        <translation>UTF-8 BOM-mal</translation>
    </message>
    <message>
        <source>UTF-8 with BOM, for Excel</source>
        <translation>UTF-8 BOM-mal, Excelhez</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Érték</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Függőleges vonal ( | )</translation>
    </message>
    <message>
        <source>Wait until the work in progress (an import, an export) has finished, then restore again.</source>
        <translation>Várja meg, amíg a folyamatban lévő munka (importálás, exportálás) befejeződik, majd próbálja újra a visszaállítást.</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Figyelmeztetések ({count})</translation>
    </message>
    <message>
        <source>What erasing does</source>
        <translation>Mit jelent a végleges törlés</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Ok</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>Miért hasonlítanak</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>Ok: {reasons}</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>Írás: {name}</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>{number}. oszlop</translation>
    </message>
    <message>
        <source>created {date}</source>
        <translation>létrehozva: {date}</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>home</source>
        <translation>otthoni</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>other</source>
        <translation>egyéb</translation>
    </message>
    <message>
        <source>practice-sheets</source>
        <translation>gyakorlat-adatlapok</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>ez a fájl</translation>
    </message>
    <message>
        <source>vCard 3.0 (older phones)</source>
        <translation>vCard 3.0 (régebbi telefonok)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-fájlok (*.vcf)</translation>
    </message>
    <message>
        <source>work</source>
        <translation>munkahelyi</translation>
    </message>
    <message>
        <source>{name} holds phone numbers without a country code (such as “{example}”) on rows that name no country. In which country are they?</source>
        <translation>A(z) {name} országhívó nélküli telefonszámokat tartalmaz (például: „{example}”) olyan sorokban, amelyek nem neveznek meg országot. Melyik ország számai ezek?</translation>
    </message>
    <message>
        <source>{name} — {details}</source>
        <translation>{name} — {details}</translation>
    </message>
    <message>
        <source>{what}: every record the list shows ({count}), with its filters, its order and the columns shown.</source>
        <translation>{what}: a lista összes megjelenített bejegyzése ({count}), a szűrőivel, a rendezésével és a megjelenített oszlopokkal.</translation>
    </message>
    <message>
        <source>{what}: {count} found</source>
        <translation>{what}: {count} találat</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>— kihagyás —</translation>
    </message>
    <message>
        <source>“{name}” was erased.</source>
        <translation>„{name}” véglegesen törölve.</translation>
    </message>
    <message>
        <source>“{name}” was erased. No other record mentions them in its text.</source>
        <translation>„{name}” véglegesen törölve. Más bejegyzés nem említi a szövegében.</translation>
    </message>
    <message>
        <source>“{name}” was erased. These records still mention them in their text. Open each one and remove or reword the mention where it is personal data.</source>
        <translation>„{name}” véglegesen törölve. Ezek a bejegyzések a szövegükben még említik. Nyissa meg mindegyiket, és távolítsa el vagy fogalmazza át az említést, ha az személyes adat.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Give the currency of the funding amount</source>
        <translation>Adja meg a támogatás összegének pénznemét</translation>
    </message>
    <message>
        <source>Region {value} is not in {country}</source>
        <translation>A(z) {value} régió nem itt található: {country}</translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation>A befejezés dátuma korábbi a kezdés dátumánál</translation>
    </message>
    <message>
        <source>Unknown field “{value}”</source>
        <translation>Ismeretlen mező: „{value}”</translation>
    </message>
    <message>
        <source>{label} cannot be negative</source>
        <translation>{label}: nem lehet negatív</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label}: kötelező megadni</translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters, at most {limit})</source>
        <translation>{label}: túl hosszú ({length} karakter, legfeljebb {limit})</translation>
    </message>
    <message>
        <source>{label} must be a list</source>
        <translation>{label}: listának kell lennie</translation>
    </message>
    <message>
        <source>{label} must be a list of text</source>
        <translation>{label}: szövegek listájának kell lennie</translation>
    </message>
    <message>
        <source>{label} must be a number, not “{value}”</source>
        <translation>{label}: számnak kell lennie, nem „{value}”</translation>
    </message>
    <message>
        <source>{label} must be a whole number</source>
        <translation>{label}: egész számnak kell lennie</translation>
    </message>
    <message>
        <source>{label} must be text</source>
        <translation>{label}: szövegnek kell lennie</translation>
    </message>
    <message>
        <source>{label}: each entry needs a value</source>
        <translation>{label}: minden elemnek értéket kell adni</translation>
    </message>
    <message>
        <source>“{value}” is not a NUTS region code</source>
        <translation>„{value}” nem NUTS-régiókód</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD)</source>
        <translation>„{value}” nem dátum (használja az ÉÉÉÉ-HH-NN formátumot)</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number (use +country code, e.g. +351 21 000 0000)</source>
        <translation>„{value}” nem telefonszám (+országhívóval adja meg, pl. +36 1 234 5678)</translation>
    </message>
    <message>
        <source>“{value}” is not a possible phone number</source>
        <translation>„{value}” nem lehetséges telefonszám</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>„{value}” nem bejegyzésazonosító</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address</source>
        <translation>„{value}” nem érvényes e-mail-cím</translation>
    </message>
    <message>
        <source>“{value}” is not a web address (it should start with https://)</source>
        <translation>„{value}” nem webcím (https:// kezdetűnek kell lennie)</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 3166 country code</source>
        <translation>„{value}” nem ISO 3166 országkód</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 4217 currency code</source>
        <translation>„{value}” nem ISO 4217 pénznemkód</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 639 language code</source>
        <translation>„{value}” nem ISO 639 nyelvkód</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>„{value}” nem a következők egyike: {choices}</translation>
    </message>
</context>
<context>
    <name>WhatsNew</name>
    <message>
        <source>&amp;What&apos;s new</source>
        <translation>Ú&amp;jdonságok</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(névtelen)</translation>
    </message>
    <message>
        <source>By {who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>Changed contact: {title}</source>
        <translation>Módosított névjegy: {title}</translation>
    </message>
    <message>
        <source>Changed practice: {title}</source>
        <translation>Módosított gyakorlat: {title}</translation>
    </message>
    <message>
        <source>Changed tool: {title}</source>
        <translation>Módosított eszköz: {title}</translation>
    </message>
    <message>
        <source>Everything here is read.</source>
        <translation>Itt minden el van olvasva.</translation>
    </message>
    <message>
        <source>First sync: {items} from your group</source>
        <translation>Első szinkronizálás: {items} a csoportjától</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>&amp;Az összes megjelölése olvasottként</translation>
    </message>
    <message>
        <source>Mark everything in What&apos;s new as read</source>
        <translation>Az Újdonságok minden elemének megjelölése olvasottként</translation>
    </message>
    <message>
        <source>New contact: {title}</source>
        <translation>Új névjegy: {title}</translation>
    </message>
    <message>
        <source>New practice: {title}</source>
        <translation>Új gyakorlat: {title}</translation>
    </message>
    <message>
        <source>New tool: {title}</source>
        <translation>Új eszköz: {title}</translation>
    </message>
    <message>
        <source>Nothing new from your group yet. When others add or change practices, contacts or tools, they are listed here after a sync.</source>
        <translation>Még nincs újdonság a csoportjától. Ha mások gyakorlatokat, névjegyeket vagy eszközöket vesznek fel vagy módosítanak, egy szinkronizálás után itt jelennek meg.</translation>
    </message>
    <message>
        <source>Only &amp;unread</source>
        <translation>Csak az &amp;olvasatlanok</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Ez a bejegyzés már nincs meg.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Ma</translation>
    </message>
    <message>
        <source>Unread: {line}</source>
        <translation>Olvasatlan: {line}</translation>
    </message>
    <message>
        <source>What arrived from your group</source>
        <translation>Ami a csoportjától érkezett</translation>
    </message>
    <message>
        <source>What your group added or changed since you last looked</source>
        <translation>Amit a csoportja felvett vagy módosított, mióta legutóbb megnézte</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Újdonságok</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Tegnap</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>valaki</translation>
    </message>
    <message>
        <source>{day} · {who}: {counts}</source>
        <translation>{day} · {who}: {counts}</translation>
    </message>
    <message>
        <source>{items} from your group</source>
        <translation>{items} a csoportjától</translation>
    </message>
</context>
</TS>
