<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el_GR" sourcelanguage="en">
<context>
    <name>Attachments</name>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>No program to open this file</source>
        <translation>Δεν υπάρχει πρόγραμμα για το άνοιγμα αυτού του αρχείου</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Αποθήκευση αντιγράφου</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Αποθήκευση αντιγράφου…</translation>
    </message>
    <message>
        <source>This computer has no program that opens “{name}”. You can save a copy and open it later with a program of your choice.</source>
        <translation>Αυτός ο υπολογιστής δεν έχει πρόγραμμα που ανοίγει το «{name}». Μπορείτε να αποθηκεύσετε ένα αντίγραφο και να το ανοίξετε αργότερα με ένα πρόγραμμα της επιλογής σας.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Advice service</source>
        <translation>Συμβουλευτική υπηρεσία</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Αρχή</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Κακή</translation>
    </message>
    <message>
        <source>Community cooperative</source>
        <translation>Κοινοτικός συνεταιρισμός</translation>
    </message>
    <message>
        <source>Community foundation</source>
        <translation>Κοινοτικό ίδρυμα</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Συγκατάθεση</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Σύμβαση</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Πρόχειρο</translation>
    </message>
    <message>
        <source>Finance service</source>
        <translation>Χρηματοδοτική υπηρεσία</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Καλή</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Κατευθυντήρια οδηγία</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Οικία</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Έννομη υποχρέωση</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Έννομα συμφέροντα</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Τοπική αυτοδιοίκηση</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Μεθοδολογία</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Μικτή</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Κινητό</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Οργανισμός</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Άλλο</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Πρόσωπο</translation>
    </message>
    <message>
        <source>Policy recommendation</source>
        <translation>Σύσταση πολιτικής</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Δημόσιο συμφέρον</translation>
    </message>
    <message>
        <source>Regional authority</source>
        <translation>Περιφερειακή αρχή</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Κοινόχρηστο</translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation>Κοινωνική επιχείρηση</translation>
    </message>
    <message>
        <source>Support service</source>
        <translation>Υπηρεσία υποστήριξης</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Πρότυπο</translation>
    </message>
    <message>
        <source>Third place</source>
        <translation>Τρίτος χώρος</translation>
    </message>
    <message>
        <source>Toolkit</source>
        <translation>Εργαλειοθήκη</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Κατάρτιση</translation>
    </message>
    <message>
        <source>Village association</source>
        <translation>Σύλλογος χωριού</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Ζωτικά συμφέροντα</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ανακλήθηκε</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Εργασία</translation>
    </message>
    <message>
        <source>Work integration enterprise</source>
        <translation>Επιχείρηση κοινωνικής ένταξης</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <source>Attachment</source>
        <translation>Συνημμένο</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Συνημμένα</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Επαφή</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Επαφές</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Συζήτηση</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Συζητήσεις</translation>
    </message>
    <message>
        <source>Linked contacts</source>
        <translation>Συνδεδεμένες επαφές</translation>
    </message>
    <message>
        <source>Linked practices</source>
        <translation>Συνδεδεμένες πρακτικές</translation>
    </message>
    <message>
        <source>Linked tools</source>
        <translation>Συνδεδεμένα εργαλεία</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Νέα επαφή</translation>
    </message>
    <message>
        <source>New practice</source>
        <extracomment>the interface languages, each named in itself (never translated), in the order the EU lists its 24 official languages: alphabetical by that own name (български, español, čeština, …)</extracomment>
        <translation>Νέα πρακτική</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Νέο θέμα</translation>
    </message>
    <message>
        <source>New tool</source>
        <translation>Νέο εργαλείο</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Ανάρτηση</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Αναρτήσεις</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Πρακτική</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Πρακτικές</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Θέματα</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Εργαλείο</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Εργαλεία</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Απόρριψη</translation>
    </message>
    <message>
        <source>&amp;Leave it deleted</source>
        <translation>Να &amp;παραμείνει διαγραμμένη</translation>
    </message>
    <message>
        <source>&amp;Merged value (edit, then save):</source>
        <translation>&amp;Συγχωνευμένη τιμή (επεξεργαστείτε και αποθηκεύστε):</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>Άνοιγμα της &amp;εγγραφής</translation>
    </message>
    <message>
        <source>&amp;Restore the record</source>
        <translation>Επανα&amp;φορά της εγγραφής</translation>
    </message>
    <message>
        <source>&amp;Save merged value</source>
        <translation>Απο&amp;θήκευση συγχωνευμένης τιμής</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>kinds whose stored values are codes or ids: shown by name, in the interface language</extracomment>
        <translation>(κενό)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(χωρίς τίτλο)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Διενέξεις</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Διατήρηση της &amp;δικής μου</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Διατήρηση της τιμής των &amp;άλλων</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Συγχωνευμένη τιμή</translation>
    </message>
    <message>
        <source>No conflicts: everything your group changed fitted together.</source>
        <translation>Καμία διένεξη: όλες οι αλλαγές της ομάδας σας ταίριαξαν μεταξύ τους.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Δεν αποθηκεύτηκε: {error}</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Ανοιχτές διενέξεις</translation>
    </message>
    <message>
        <source>Refused: {title} — {field}</source>
        <translation>Απορρίφθηκε: {title} — {field}</translation>
    </message>
    <message>
        <source>Settled: “{title}” — {field}. Your choice is shared with the group at the next sync.</source>
        <translation>Επιλύθηκε: «{title}» — {field}. Η επιλογή σας κοινοποιείται στην ομάδα στον επόμενο συγχρονισμό.</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Η τιμή των άλλων</translation>
    </message>
    <message>
        <source>Theirs — by {who}, {when}</source>
        <translation>Των άλλων — από {who}, {when}</translation>
    </message>
    <message>
        <source>When two people changed the same thing before syncing, the group server kept one value and set the other aside. Choose what the record should say; your choice is shared with everyone at the next sync.</source>
        <translation>Όταν δύο άτομα άλλαξαν το ίδιο πράγμα πριν από τον συγχρονισμό, ο διακομιστής της ομάδας κράτησε τη μία τιμή και έθεσε την άλλη στην άκρη. Επιλέξτε τι πρέπει να αναφέρει η εγγραφή· η επιλογή σας κοινοποιείται σε όλους στον επόμενο συγχρονισμό.</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Γιατί την απέρριψε ο διακομιστής</translation>
    </message>
    <message>
        <source>Your change ({when})</source>
        <translation>Η αλλαγή σας ({when})</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Η τιμή σας</translation>
    </message>
    <message>
        <source>Yours — by {who}, {when}</source>
        <translation>Η δική σας — από {who}, {when}</translation>
    </message>
    <message>
        <source>another member</source>
        <translation>άλλο μέλος</translation>
    </message>
    <message>
        <source>deleted or kept</source>
        <translation>διαγράφηκε ή διατηρήθηκε</translation>
    </message>
    <message>
        <source>no</source>
        <translation>όχι</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>η ομάδα</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ναι</translation>
    </message>
    <message>
        <source>you</source>
        <translation>εσείς</translation>
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
        <translation>(χωρίς τίτλο)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Άκυρο</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Ακύρωση επεξεργασίας</translation>
    </message>
    <message>
        <source>Choose a record in the list, or press Ctrl+N to add one.</source>
        <translation>Επιλέξτε μια εγγραφή στη λίστα ή πατήστε Ctrl+N για να προσθέσετε μία.</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>the record now shown (None: none), for what sits beside it (ui/discussions: its comments)</extracomment>
        <translation>Λεπτομέρειες</translation>
    </message>
    <message>
        <source>Edit form</source>
        <translation>Φόρμα επεξεργασίας</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Επεξεργασία «{title}»</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Τα πεδία με * είναι υποχρεωτικά.</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Έξοδος χωρίς αποθήκευση;</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Διορθώστε τα πεδία που επισημαίνονται παρακάτω.</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Πρόβλημα στο πεδίο {field}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Εγγραφή</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Υποχρεωτικό</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Αποθήκευση της εγγραφής</translation>
    </message>
    <message>
        <source>Your changes to this record are not saved. Leave the form and lose them?</source>
        <translation>Οι αλλαγές σας σε αυτή την εγγραφή δεν έχουν αποθηκευτεί. Να κλείσει η φόρμα και να χαθούν;</translation>
    </message>
    <message>
        <source>created by {who}</source>
        <translation>δημιουργήθηκε από {who}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <extracomment>a member id as people read it (the group&apos;s member directory, store.news.name)</extracomment>
        <translation>στον κάδο απορριμμάτων</translation>
    </message>
    <message>
        <source>last changed {when} by {who}</source>
        <translation>τελευταία αλλαγή {when} από {who}</translation>
    </message>
    <message>
        <source>not on this computer yet</source>
        <translation>δεν βρίσκεται ακόμη σε αυτόν τον υπολογιστή</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>αφαίρεση</translation>
    </message>
    <message>
        <source>unlink</source>
        <translation>αποσύνδεση</translation>
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
        <translation> λεπτά</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>&amp;Συνημμένα:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Αναζήτηση…</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Φάκελος δεδομένων:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Μέγεθος γραμματοσειράς:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Γλώσσα περιβάλλοντος:</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>Κωδικός &amp;πρόσκλησης:</translation>
    </message>
    <message>
        <source>&amp;Phone region:</source>
        <translation>&amp;Περιοχή τηλεφώνων:</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start.</source>
        <translation>Ο νέος φάκελος δεδομένων χρησιμοποιείται από την επόμενη εκκίνηση.</translation>
    </message>
    <message>
        <source>Add your own practices, contacts and tools.</source>
        <translation>Προσθέστε τις δικές σας πρακτικές, επαφές και εργαλεία.</translation>
    </message>
    <message>
        <source>As&amp;k before a sync changes more than:</source>
        <translation>&amp;Ερώτηση πριν από συγχρονισμό που αλλάζει περισσότερες από:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Άκυρο</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Επιλογή φακέλου δεδομένων</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Στήλες</translation>
    </message>
    <message>
        <source>Connect to a group server</source>
        <translation>Σύνδεση σε διακομιστή ομάδας</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Φάκελος δεδομένων</translation>
    </message>
    <message>
        <source>Default data folder</source>
        <translation>Προεπιλεγμένος φάκελος δεδομένων</translation>
    </message>
    <message>
        <source>Demo records per collection</source>
        <translation>Εγγραφές επίδειξης ανά συλλογή</translation>
    </message>
    <message>
        <source>Download when opened</source>
        <translation>Λήψη κατά το άνοιγμα</translation>
    </message>
    <message>
        <source>Fictional practices, contacts and tools in seven languages, to try things out. You can delete them later.</source>
        <translation>Φανταστικές πρακτικές, επαφές και εργαλεία σε επτά γλώσσες, για δοκιμές. Μπορείτε να τα διαγράψετε αργότερα.</translation>
    </message>
    <message>
        <source>Find records to link</source>
        <translation>Εύρεση εγγραφών για σύνδεση</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Κωδικός πρόσκλησης</translation>
    </message>
    <message>
        <source>Join your group&apos;s shared repository with the invitation code your coordinator sent you.</source>
        <translation>Συνδεθείτε στο κοινόχρηστο αποθετήριο της ομάδας σας με τον κωδικό πρόσκλησης που σας έστειλε ο συντονιστής σας.</translation>
    </message>
    <message>
        <source>Keep all offline</source>
        <translation>Διατήρηση όλων διαθέσιμων εκτός σύνδεσης</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Φόρτωση δεδομένων επίδειξης</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Μόνο όταν το ζητώ</translation>
    </message>
    <message>
        <source>Records per collection:</source>
        <translation>Εγγραφές ανά συλλογή:</translation>
    </message>
    <message>
        <source>Records to link</source>
        <translation>Εγγραφές για σύνδεση</translation>
    </message>
    <message>
        <source>RuralDesk keeps your group&apos;s practices, contacts and tools on this computer, and works without a connection. How would you like to start?</source>
        <translation>Το RuralDesk κρατά τις πρακτικές, τις επαφές και τα εργαλεία της ομάδας σας σε αυτόν τον υπολογιστή και λειτουργεί χωρίς σύνδεση. Πώς θέλετε να ξεκινήσετε;</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>Συγχρονισμός &amp;κάθε:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ρυθμίσεις</translation>
    </message>
    <message>
        <source>Show these columns:</source>
        <translation>Εμφάνιση αυτών των στηλών:</translation>
    </message>
    <message>
        <source>Start with an empty workspace</source>
        <translation>Έναρξη με κενό χώρο εργασίας</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Διακοπή…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Γλώσσα συστήματος</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Μέγεθος συστήματος</translation>
    </message>
    <message>
        <source>Type a name or a word to find records</source>
        <translation>Πληκτρολογήστε ένα όνομα ή μια λέξη για να βρείτε εγγραφές</translation>
    </message>
    <message>
        <source>Welcome to RuralDesk</source>
        <translation>Καλώς ορίσατε στο RuralDesk</translation>
    </message>
    <message>
        <source>added {when}</source>
        <translation>προστέθηκε {when}</translation>
    </message>
    <message>
        <source>{title}: {done} of {total}</source>
        <translation>{title}: {done} από {total}</translation>
    </message>
</context>
<context>
    <name>Discussions</name>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n ανάρτηση</numerusform>
            <numerusform>%n αναρτήσεις</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topics</source>
        <translation>
            <numerusform>%n θέμα συζήτησης</numerusform>
            <numerusform>%n θέματα συζήτησης</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(χωρίς τίτλο)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(δεν δηλώθηκε)</translation>
    </message>
    <message>
        <source>A topic needs a title and an opening post.</source>
        <translation>Ένα θέμα συζήτησης χρειάζεται τίτλο και εναρκτήρια ανάρτηση.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Επισύναψη αρχείων</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Επισύναψη αρχείων…</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Επισυνάφθηκαν:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Σχόλια</translation>
    </message>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Σχόλια (%n)</numerusform>
            <numerusform>Σχόλια (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the discussion: {error}</source>
        <translation>Δεν ήταν δυνατή η εξαγωγή της συζήτησης: {error}</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση: {error}</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Το πρόχειρο διατηρήθηκε</translation>
    </message>
    <message>
        <source>Draft kept from {when}</source>
        <translation>Πρόχειρο από {when}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Επεξεργασία</translation>
    </message>
    <message>
        <source>Edit your post</source>
        <translation>Επεξεργασία της ανάρτησής σας</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Εξαγωγή σε Markdown…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Εξαγωγή σε PDF…</translation>
    </message>
    <message>
        <source>Export the discussion</source>
        <translation>Εξαγωγή της συζήτησης</translation>
    </message>
    <message>
        <source>Files to attach to this post</source>
        <translation>Αρχεία προς επισύναψη σε αυτήν την ανάρτηση</translation>
    </message>
    <message>
        <source>Files to attach: {names}</source>
        <translation>Αρχεία προς επισύναψη: {names}</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Αποκρύφθηκε από συντονιστή: {reason}</translation>
    </message>
    <message>
        <source>Hidden from the group: {reason}</source>
        <translation>Κρυφό για την ομάδα: {reason}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Απόκρυψη</translation>
    </message>
    <message>
        <source>Hide the discussion…</source>
        <translation>Απόκρυψη της συζήτησης…</translation>
    </message>
    <message>
        <source>Hide…</source>
        <translation>Απόκρυψη…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Γλώσσα:</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Τελευταία δραστηριότητα</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>New &amp;topic…</source>
        <translation>Νέο &amp;θέμα συζήτησης…</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Νέο θέμα συζήτησης</translation>
    </message>
    <message>
        <source>New topic…</source>
        <translation>Νέο θέμα συζήτησης…</translation>
    </message>
    <message>
        <source>No posts yet. Write the first one below.</source>
        <translation>Δεν υπάρχουν ακόμη αναρτήσεις. Γράψτε την πρώτη παρακάτω.</translation>
    </message>
    <message>
        <source>No topics yet. Start one with New topic; comments on a practice, tool or contact are at the foot of its page.</source>
        <translation>Δεν υπάρχουν ακόμη θέματα συζήτησης. Ξεκινήστε ένα με «Νέο θέμα συζήτησης»· τα σχόλια για μια πρακτική, ένα εργαλείο ή μια επαφή βρίσκονται στο κάτω μέρος της σελίδας της.</translation>
    </message>
    <message>
        <source>Not a reply</source>
        <translation>Όχι απάντηση</translation>
    </message>
    <message>
        <source>Not allowed: {reason}.</source>
        <translation>Δεν επιτρέπεται: {reason}.</translation>
    </message>
    <message>
        <source>Opening post</source>
        <translation>Εναρκτήρια ανάρτηση</translation>
    </message>
    <message>
        <source>Opening post:</source>
        <translation>Εναρκτήρια ανάρτηση:</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Δημοσίευση</translation>
    </message>
    <message>
        <source>Post it (Ctrl+Enter)</source>
        <translation>Δημοσίευση (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Η ανάρτηση αφαιρέθηκε</translation>
    </message>
    <message>
        <source>Posted. It goes to the group at the next sync.</source>
        <translation>Δημοσιεύτηκε. Θα σταλεί στην ομάδα στον επόμενο συγχρονισμό.</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Αναρτήσεις</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Απάντηση</translation>
    </message>
    <message>
        <source>Replying to a post</source>
        <translation>Απάντηση σε ανάρτηση</translation>
    </message>
    <message>
        <source>Replying to {name}</source>
        <translation>Απάντηση σε {name}</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier posts</source>
        <translation>
            <numerusform>Εμφάνιση %n προηγούμενης ανάρτησης</numerusform>
            <numerusform>Εμφάνιση %n προηγούμενων αναρτήσεων</numerusform>
        </translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Εκ νέου εμφάνιση</translation>
    </message>
    <message>
        <source>Show discussions</source>
        <translation>Εμφάνιση συζητήσεων</translation>
    </message>
    <message>
        <source>Start a discussion with the group</source>
        <translation>Έναρξη συζήτησης με την ομάδα</translation>
    </message>
    <message>
        <source>Start a discussion with the group (Ctrl+Shift+D)</source>
        <translation>Έναρξη συζήτησης με την ομάδα (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Ξεκίνησε από</translation>
    </message>
    <message>
        <source>The discussion was written to {path}.</source>
        <translation>Η συζήτηση γράφτηκε στο {path}.</translation>
    </message>
    <message>
        <source>The earlier version stays in the post&apos;s history.</source>
        <translation>Η προηγούμενη έκδοση παραμένει στο ιστορικό της ανάρτησης.</translation>
    </message>
    <message>
        <source>The opening post… *emphasis*, **strong**, - lists, [links](https://…), @member</source>
        <translation>Η εναρκτήρια ανάρτηση… *πλάγια*, **έντονα**, - λίστες, [σύνδεσμοι](https://…), @μέλος</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Τίτλος:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Θέμα συζήτησης</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Θέματα συζήτησης</translation>
    </message>
    <message>
        <source>Version {n}, {when}, by {name}</source>
        <translation>Έκδοση {n}, {when}, από {name}</translation>
    </message>
    <message>
        <source>Versions of the post</source>
        <translation>Εκδόσεις της ανάρτησης</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>Για τι πρόκειται;</translation>
    </message>
    <message>
        <source>Why is it hidden? Everyone sees the reason in its place.</source>
        <translation>Γιατί αποκρύπτεται; Όλοι βλέπουν την αιτία στη θέση της.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Ανάκληση</translation>
    </message>
    <message>
        <source>Withdraw this post? Its text goes from the thread; its earlier versions stay in its history.</source>
        <translation>Ανάκληση αυτής της ανάρτησης; Το κείμενό της φεύγει από τη συζήτηση· οι προηγούμενες εκδόσεις της παραμένουν στο ιστορικό.</translation>
    </message>
    <message>
        <source>Withdraw your post</source>
        <translation>Ανάκληση της ανάρτησής σας</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Ανακλήθηκε από τον συντάκτη της.</translation>
    </message>
    <message>
        <source>Write a post… *emphasis*, **strong**, - lists, [links](https://…), @member (Ctrl+Enter posts)</source>
        <translation>Γράψτε μια ανάρτηση… *πλάγια*, **έντονα**, - λίστες, [σύνδεσμοι](https://…), @μέλος (Ctrl+Enter για δημοσίευση)</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Γράψτε πρώτα κάτι.</translation>
    </message>
    <message>
        <source>Write to the whole thread instead (Escape)</source>
        <translation>Γράψτε αντί γι&apos; αυτό σε όλη τη συζήτηση (Escape)</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>Η ανάρτησή σας</translation>
    </message>
    <message>
        <source>a discussion&apos;s rules do not allow this change</source>
        <translation>οι κανόνες μιας συζήτησης δεν επιτρέπουν αυτή την αλλαγή</translation>
    </message>
    <message>
        <source>a post needs some text</source>
        <translation>μια ανάρτηση χρειάζεται κείμενο</translation>
    </message>
    <message>
        <source>a removed post</source>
        <translation>αφαιρεμένη ανάρτηση</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>επεξεργάστηκε</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>σε απάντηση προς {name}</translation>
    </message>
    <message>
        <source>only a coordinator can hide a post or a discussion</source>
        <translation>μόνο ένας συντονιστής μπορεί να αποκρύψει μια ανάρτηση ή μια συζήτηση</translation>
    </message>
    <message>
        <source>only its author can edit or withdraw a post</source>
        <extracomment>what a discussion write changes, for the views</extracomment>
        <translation>μόνο ο συντάκτης μιας ανάρτησης μπορεί να την επεξεργαστεί ή να την ανακαλέσει</translation>
    </message>
    <message>
        <source>only the member who started a discussion can change its title, themes or language</source>
        <translation>μόνο το μέλος που ξεκίνησε μια συζήτηση μπορεί να αλλάξει τον τίτλο, τα θέματα ή τη γλώσσα της</translation>
    </message>
    <message>
        <source>started by {name}</source>
        <translation>ξεκίνησε από {name}</translation>
    </message>
    <message>
        <source>{title} (hidden)</source>
        <translation>{title} (κρυφό)</translation>
    </message>
    <message>
        <source>{title} · {count} new</source>
        <translation>{title} · νέες: {count}</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>(choose)</source>
        <translation>(επιλέξτε)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(κανένα)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Προσθήκη</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Εκκαθάριση</translation>
    </message>
    <message>
        <source>No date</source>
        <extracomment>where the calendar opens when no date is set; the form points an end date at its start</extracomment>
        <translation>Χωρίς ημερομηνία</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <source>Type and press Enter</source>
        <translation>Πληκτρολογήστε και πατήστε Enter</translation>
    </message>
    <message>
        <source>add</source>
        <translation>προσθήκη</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>εκκαθάριση</translation>
    </message>
    <message>
        <source>list</source>
        <translation>λίστα</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>αφαίρεση</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>για προσθήκη</translation>
    </message>
    <message>
        <source>type</source>
        <translation>τύπος</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Activities</source>
        <translation>Δραστηριότητες</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Συνημμένα</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Κοινό-στόχος</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Συντάκτης</translation>
    </message>
    <message>
        <source>Broader theme</source>
        <translation>Ευρύτερο θέμα</translation>
    </message>
    <message>
        <source>Comments on</source>
        <translation>Σχόλια για</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Ημερομηνία συγκατάθεσης</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Προέλευση συγκατάθεσης</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Πλαίσιο</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Νόμισμα</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Συζήτηση</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Διευθύνσεις email</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Ημερομηνία λήξης</translation>
    </message>
    <message>
        <source>Expertise themes</source>
        <translation>Θέματα εμπειρογνωμοσύνης</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Επώνυμο</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Όνομα αρχείου</translation>
    </message>
    <message>
        <source>Full name of a person, or the name of an organisation</source>
        <translation>Πλήρες όνομα προσώπου ή επωνυμία οργανισμού</translation>
    </message>
    <message>
        <source>Funding amount</source>
        <translation>Ποσό χρηματοδότησης</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Πηγή χρηματοδότησης</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Group member</source>
        <translation>Μέλος της ομάδας</translation>
    </message>
    <message>
        <source>Hidden because</source>
        <translation>Αιτία απόκρυψης</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>Σε απάντηση προς</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Γλώσσες</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Νομική βάση</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Διδάγματα</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Σύνδεσμοι</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Τύπος μέσου</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Αναφορές</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Στόχοι</translation>
    </message>
    <message>
        <source>Obstacles (legal / policy)</source>
        <translation>Εμπόδια (νομικά / πολιτικής)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Οργανισμός</translation>
    </message>
    <message>
        <source>Organisation types</source>
        <translation>Τύποι οργανισμών</translation>
    </message>
    <message>
        <source>Partners (incl. authorities)</source>
        <translation>Εταίροι (και αρχές)</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Τηλέφωνα</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Ταχυδρομικός κώδικας</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Περιφέρεια</translation>
    </message>
    <message>
        <source>Related contacts</source>
        <translation>Σχετικές επαφές</translation>
    </message>
    <message>
        <source>Related tools</source>
        <translation>Σχετικά εργαλεία</translation>
    </message>
    <message>
        <source>Removed posts</source>
        <translation>Αφαιρεμένες αναρτήσεις</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Αποτελέσματα</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Σημείωση ελέγχου</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ρόλος</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Μέγεθος (byte)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Ημερομηνία έναρξης</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Ξεκίνησε από</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Οδός και αριθμός</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Σύνοψη</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Κείμενο</translation>
    </message>
    <message>
        <source>The person&apos;s member name in the group: their posts are then part of their data</source>
        <translation>Το όνομα μέλους του ατόμου στην ομάδα: οι αναρτήσεις του αποτελούν τότε μέρος των δεδομένων του</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Θέματα</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <source>Town / village</source>
        <translation>Πόλη / χωριό</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Δυνατότητα μεταφοράς</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Ιστότοπος</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Αρχείο ελέγχου</translation>
    </message>
    <message>
        <source>&amp;Cancel the invitation</source>
        <translation>Ακύρω&amp;ση της πρόσκλησης</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Αντιγραφή</translation>
    </message>
    <message>
        <source>&amp;Export everything about this person…</source>
        <translation>&amp;Εξαγωγή όλων των στοιχείων του ατόμου…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Αρχείο:</translation>
    </message>
    <message>
        <source>&amp;Hand a file to the server…</source>
        <translation>Παράδοση αρ&amp;χείου στον διακομιστή…</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Προσκλήσεις</translation>
    </message>
    <message>
        <source>&amp;Invite someone…</source>
        <translation>Πρόσ&amp;κληση ατόμου…</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Μέλη</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Ό&amp;νομα:</translation>
    </message>
    <message>
        <source>&amp;Newest entries</source>
        <translation>Νε&amp;ότερες καταχωρίσεις</translation>
    </message>
    <message>
        <source>&amp;Older entries</source>
        <translation>Παλαιό&amp;τερες καταχωρίσεις</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Οργανισμός:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Φράση πρόσβασης:</translation>
    </message>
    <message>
        <source>&amp;People&apos;s data</source>
        <translation>&amp;Δεδομένα προσώπων</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ρόλος:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Ισχύει για:</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 ημέρα</translation>
    </message>
    <message>
        <source>1 week</source>
        <extracomment>how long an invitation can be redeemed, in hours</extracomment>
        <translation>1 εβδομάδα</translation>
    </message>
    <message>
        <source>A revoked token stops syncing at once: that computer keeps its copy but can no longer send or receive. Tick the computers to cut off.</source>
        <translation>Ένα διακριτικό που ανακαλείται σταματά αμέσως τον συγχρονισμό: εκείνος ο υπολογιστής κρατά το αντίγραφό του, αλλά δεν μπορεί πλέον να στέλνει ή να λαμβάνει. Επιλέξτε τους υπολογιστές που θα αποκοπούν.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Αφορά</translation>
    </message>
    <message>
        <source>Added a member</source>
        <translation>Πρόσθεσε μέλος</translation>
    </message>
    <message>
        <source>Asking the server who you are…</source>
        <translation>Ερώτηση στον διακομιστή για το ποιος είστε…</translation>
    </message>
    <message>
        <source>At {url}</source>
        <translation>Στο {url}</translation>
    </message>
    <message>
        <source>At {url} · you are: {role}</source>
        <translation>Στο {url} · ο ρόλος σας: {role}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Αρχείο ελέγχου</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Επι&amp;λογή…</translation>
    </message>
    <message>
        <source>Cancel the invitation</source>
        <translation>Ακύρωση της πρόσκλησης</translation>
    </message>
    <message>
        <source>Cancel the invitation for {name}? The code stops working at once; you can invite them again later.</source>
        <translation>Ακύρωση της πρόσκλησης για {name}; Ο κωδικός παύει αμέσως να λειτουργεί· μπορείτε να προσκαλέσετε ξανά αργότερα.</translation>
    </message>
    <message>
        <source>Cancelled an invitation</source>
        <translation>Ακύρωσε πρόσκληση</translation>
    </message>
    <message>
        <source>Cancelling the invitation…</source>
        <translation>Ακύρωση της πρόσκλησης…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Αλλαγή &amp;ρόλου…</translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation>Αλλαγή ρόλου για {name}</translation>
    </message>
    <message>
        <source>Changed a member</source>
        <translation>Άλλαξε μέλος</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>Αλλαγή του ρόλου…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Επιλογή αρχείου</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Συντονιστής</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Αντιγράφηκε</translation>
    </message>
    <message>
        <source>Copy the invitation code</source>
        <translation>Αντιγραφή του κωδικού πρόσκλησης</translation>
    </message>
    <message>
        <source>Create the invitation</source>
        <translation>Δημιουργία της πρόσκλησης</translation>
    </message>
    <message>
        <source>Creating the invitation…</source>
        <translation>Δημιουργία της πρόσκλησης…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Λεπτομέρειες</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>Ο&amp;ριστική διαγραφή του ατόμου…</translation>
    </message>
    <message>
        <source>Erase on every replica</source>
        <translation>Οριστική διαγραφή σε κάθε τοπικό αντίγραφο</translation>
    </message>
    <message>
        <source>Erase “{name}”</source>
        <translation>Οριστική διαγραφή του «{name}»</translation>
    </message>
    <message>
        <source>Erase “{name}” from the whole group? This cannot be undone. It is erased here and sent to the server at once; every member&apos;s copy of RuralDesk erases it at its next sync:</source>
        <translation>Οριστική διαγραφή του «{name}» από όλη την ομάδα; Αυτό δεν αναιρείται. Διαγράφεται εδώ και στέλνεται αμέσως στον διακομιστή· το RuralDesk κάθε μέλους το διαγράφει στον επόμενο συγχρονισμό του:</translation>
    </message>
    <message>
        <source>Erased a record</source>
        <translation>Διέγραψε οριστικά μια εγγραφή</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Οριστική διαγραφή…</translation>
    </message>
    <message>
        <source>Everything about {name} was written to {path}.</source>
        <translation>Όλα τα στοιχεία για {name} γράφτηκαν στο {path}.</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Εξαγωγή όλων των στοιχείων για {name}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Εξαγωγή…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Αρχείο</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Εύρεση ατόμου</translation>
    </message>
    <message>
        <source>Give {name} this code. In RuralDesk they choose Sync → Set up sync… and paste it, or scan the picture with a phone and send it to themselves. It works once, until {expires}.</source>
        <translation>Δώστε αυτόν τον κωδικό στο άτομο {name}. Στο RuralDesk επιλέγει Συγχρονισμός → Ρύθμιση συγχρονισμού… και τον επικολλά, ή σαρώνει την εικόνα με ένα τηλέφωνο και τη στέλνει στον εαυτό του. Λειτουργεί μία φορά, έως {expires}.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Ομάδα</translation>
    </message>
    <message>
        <source>Group window status</source>
        <translation>Κατάσταση παραθύρου ομάδας</translation>
    </message>
    <message>
        <source>Group “{group}”</source>
        <translation>Ομάδα «{group}»</translation>
    </message>
    <message>
        <source>Hand a file to the server</source>
        <translation>Παράδοση αρχείου στον διακομιστή</translation>
    </message>
    <message>
        <source>Hand to the server</source>
        <translation>Παράδοση στον διακομιστή</translation>
    </message>
    <message>
        <source>Handing the file to the server…</source>
        <translation>Παράδοση του αρχείου στον διακομιστή…</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Κωδικός πρόσκλησης</translation>
    </message>
    <message>
        <source>Invitation code as a QR code</source>
        <translation>Κωδικός πρόσκλησης ως κωδικός QR</translation>
    </message>
    <message>
        <source>Invitation for {name}</source>
        <translation>Πρόσκληση για {name}</translation>
    </message>
    <message>
        <source>Invitation for {name} cancelled.</source>
        <translation>Η πρόσκληση για {name} ακυρώθηκε.</translation>
    </message>
    <message>
        <source>Invitation for {name} created.</source>
        <translation>Η πρόσκληση για {name} δημιουργήθηκε.</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <translation>Πρόσκληση ατόμου</translation>
    </message>
    <message>
        <source>Invited someone</source>
        <translation>Προσκάλεσε κάποιον</translation>
    </message>
    <message>
        <source>Issued a token</source>
        <translation>Εξέδωσε διακριτικό</translation>
    </message>
    <message>
        <source>Its attachments: none</source>
        <translation>Τα συνημμένα του: κανένα</translation>
    </message>
    <message>
        <source>Its attachments: {names}</source>
        <translation>Τα συνημμένα του: {names}</translation>
    </message>
    <message>
        <source>Its history, with the values it held (changes recorded: {count})</source>
        <translation>Το ιστορικό του, με τις τιμές που είχε (καταγεγραμμένες αλλαγές: {count})</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Αρχεία JSON (*.json)</translation>
    </message>
    <message>
        <source>Joined the group, but the token could not be kept: {error}</source>
        <extracomment>starts network work off the UI thread: Operations.run, or the worker itself</extracomment>
        <translation>Εντάχθηκατε στην ομάδα, αλλά το διακριτικό δεν φυλάχθηκε: {error}</translation>
    </message>
    <message>
        <source>Joined with an invitation</source>
        <translation>Εντάχθηκε με πρόσκληση</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Τελευταίος συγχρονισμός</translation>
    </message>
    <message>
        <source>Links to it from other records: none</source>
        <translation>Σύνδεσμοι προς αυτό από άλλες εγγραφές: κανένας</translation>
    </message>
    <message>
        <source>Links to it from {records} ({count}): {titles}</source>
        <translation>Σύνδεσμοι προς αυτό από {records} ({count}): {titles}</translation>
    </message>
    <message>
        <source>Listing what the erasure removes…</source>
        <translation>Καταγραφή όσων αφαιρεί η οριστική διαγραφή…</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Φόρτωση του αρχείου ελέγχου…</translation>
    </message>
    <message>
        <source>Loading the member&apos;s tokens…</source>
        <translation>Φόρτωση των διακριτικών του μέλους…</translation>
    </message>
    <message>
        <source>Loading the members…</source>
        <translation>Φόρτωση των μελών…</translation>
    </message>
    <message>
        <source>Loading the open invitations…</source>
        <translation>Φόρτωση των ανοιχτών προσκλήσεων…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Μέλος</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Μέλη</translation>
    </message>
    <message>
        <source>Members see the new name after their next sync; the group&apos;s address stays.</source>
        <translation>Τα μέλη βλέπουν το νέο όνομα μετά τον επόμενο συγχρονισμό τους· η διεύθυνση της ομάδας δεν αλλάζει.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Not connected to a group server.</source>
        <translation>Δεν υπάρχει σύνδεση με διακομιστή ομάδας.</translation>
    </message>
    <message>
        <source>Not done: {why}</source>
        <translation>Δεν έγινε: {why}</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied} and already had {already}.</source>
        <translation>Αλλαγές στο αρχείο: {total}· ο διακομιστής εφάρμοσε {applied} και είχε ήδη {already}.</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied}, already had {already} and refused {refused}: {reasons}.</source>
        <translation>Αλλαγές στο αρχείο: {total}· ο διακομιστής εφάρμοσε {applied}, είχε ήδη {already} και απέρριψε {refused}: {reasons}.</translation>
    </message>
    <message>
        <source>Only the group&apos;s coordinators can invite people, change roles or remove members. Ask one of them.</source>
        <translation>Μόνο οι συντονιστές της ομάδας μπορούν να προσκαλούν άτομα, να αλλάζουν ρόλους ή να αφαιρούν μέλη. Ζητήστε το από έναν από αυτούς.</translation>
    </message>
    <message>
        <source>Open invitations</source>
        <translation>Ανοιχτές προσκλήσεις</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Οργανισμός</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Πρόσωπα</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Ανανέ&amp;ωση</translation>
    </message>
    <message>
        <source>Re&amp;move from the group…</source>
        <translation>Α&amp;φαίρεση από την ομάδα…</translation>
    </message>
    <message>
        <source>Re&amp;name the group…</source>
        <translation>Μετο&amp;νομασία της ομάδας…</translation>
    </message>
    <message>
        <source>Re&amp;voke tokens…</source>
        <translation>Ανάκλη&amp;ση διακριτικών…</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Αναγνώστης</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Αφαίρεση του {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the group</source>
        <translation>Αφαίρεση του {name} από την ομάδα</translation>
    </message>
    <message>
        <source>Remove {name} from the group? Their tokens stop working at once and they no longer receive the group&apos;s records. Everything they added or changed stays, under their name.</source>
        <translation>Αφαίρεση του {name} από την ομάδα; Τα διακριτικά του παύουν αμέσως να λειτουργούν και δεν λαμβάνει πλέον τις εγγραφές της ομάδας. Όσα πρόσθεσε ή άλλαξε παραμένουν, με το όνομά του.</translation>
    </message>
    <message>
        <source>Removed a member</source>
        <translation>Αφαίρεσε μέλος</translation>
    </message>
    <message>
        <source>Removing the member…</source>
        <translation>Αφαίρεση του μέλους…</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>Μετονομασία της ομάδας</translation>
    </message>
    <message>
        <source>Renamed the group</source>
        <translation>Μετονόμασε την ομάδα</translation>
    </message>
    <message>
        <source>Renaming the group…</source>
        <translation>Μετονομασία της ομάδας…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Ανάκληση</translation>
    </message>
    <message>
        <source>Revoke tokens of {name}</source>
        <translation>Ανάκληση διακριτικών του {name}</translation>
    </message>
    <message>
        <source>Revoked a token</source>
        <translation>Ανακάλεσε διακριτικό</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Ανάκληση…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ρόλος</translation>
    </message>
    <message>
        <source>Send the changes in a hand-over file someone brought straight to the server</source>
        <translation>Αποστολή των αλλαγών ενός αρχείου παράδοσης που έφερε κάποιος απευθείας στον διακομιστή</translation>
    </message>
    <message>
        <source>The changes in the file go to the server under the names of the people who made them; this computer gets them at its next sync, like everyone. Changes the server already has are not taken twice.</source>
        <translation>Οι αλλαγές του αρχείου πηγαίνουν στον διακομιστή με τα ονόματα των ατόμων που τις έκαναν· αυτός ο υπολογιστής τις λαμβάνει στον επόμενο συγχρονισμό του, όπως όλοι. Οι αλλαγές που έχει ήδη ο διακομιστής δεν λαμβάνονται δύο φορές.</translation>
    </message>
    <message>
        <source>The code is on the clipboard.</source>
        <translation>Ο κωδικός βρίσκεται στο πρόχειρο.</translation>
    </message>
    <message>
        <source>The contact “{name}” and every field value it had</source>
        <translation>Η επαφή «{name}» και κάθε τιμή πεδίου που είχε</translation>
    </message>
    <message>
        <source>The discussion about this contact, with its posts ({count})</source>
        <translation>Η συζήτηση για αυτή την επαφή, με τις αναρτήσεις της ({count})</translation>
    </message>
    <message>
        <source>The file holds no changes; nothing was sent.</source>
        <translation>Το αρχείο δεν περιέχει αλλαγές· δεν στάλθηκε τίποτα.</translation>
    </message>
    <message>
        <source>The five words given with the file, separately from it.</source>
        <translation>Οι πέντε λέξεις που δόθηκαν μαζί με το αρχείο, χωριστά από αυτό.</translation>
    </message>
    <message>
        <source>The group is now called “{name}”.</source>
        <translation>Η ομάδα ονομάζεται πλέον «{name}».</translation>
    </message>
    <message>
        <source>The invitation gives one person a place in the group. They paste the code into RuralDesk (Sync → Set up sync…) on their computer; it works once.</source>
        <translation>Η πρόσκληση δίνει σε ένα άτομο θέση στην ομάδα. Επικολλά τον κωδικό στο RuralDesk (Συγχρονισμός → Ρύθμιση συγχρονισμού…) στον υπολογιστή του· λειτουργεί μία φορά.</translation>
    </message>
    <message>
        <source>The person is also named in the text of {count} other records. That text is not changed: review it after the erasure (the export lists where).</source>
        <translation>Το άτομο αναφέρεται επίσης στο κείμενο άλλων εγγραφών ({count}). Αυτό το κείμενο δεν αλλάζει: ελέγξτε το μετά την οριστική διαγραφή (η εξαγωγή δείχνει πού).</translation>
    </message>
    <message>
        <source>Their own posts in the group&apos;s discussions ({count}); the threads stay and show “post removed”</source>
        <translation>Οι δικές του αναρτήσεις στις συζητήσεις της ομάδας ({count})· οι συζητήσεις παραμένουν και δείχνουν «η ανάρτηση αφαιρέθηκε»</translation>
    </message>
    <message>
        <source>This member has no token in use.</source>
        <translation>Αυτό το μέλος δεν έχει διακριτικό σε χρήση.</translation>
    </message>
    <message>
        <source>This workspace is not connected to a group server. Use Sync → Set up sync… with the invitation code your coordinator gave you.</source>
        <translation>Αυτός ο χώρος εργασίας δεν είναι συνδεδεμένος σε διακομιστή ομάδας. Χρησιμοποιήστε Συγχρονισμός → Ρύθμιση συγχρονισμού… με τον κωδικό πρόσκλησης που σας έδωσε ο συντονιστής σας.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Διακριτικά</translation>
    </message>
    <message>
        <source>Tokens revoked for {name}: {count}.</source>
        <translation>Ανακλήθηκαν διακριτικά του {name}: {count}.</translation>
    </message>
    <message>
        <source>Type a name, an e-mail or a phone number</source>
        <translation>Πληκτρολογήστε όνομα, email ή αριθμό τηλεφώνου</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Ισχύει έως</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Τι</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Τι θα συμβεί</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>When a person asks what the group holds about them, or asks to be forgotten (GDPR articles 15 and 17), find them here.</source>
        <extracomment>contacts listed at once (a search narrows them down)</extracomment>
        <translation>Όταν ένα άτομο ρωτά τι κρατά η ομάδα για αυτό ή ζητά να διαγραφεί (άρθρα 15 και 17 του ΓΚΠΔ), βρείτε το εδώ.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ποιος</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Σε εξέλιξη</translation>
    </message>
    <message>
        <source>adds and edits the group&apos;s records</source>
        <translation>προσθέτει και επεξεργάζεται τις εγγραφές της ομάδας</translation>
    </message>
    <message>
        <source>as the group will see it</source>
        <translation>όπως θα το βλέπει η ομάδα</translation>
    </message>
    <message>
        <source>manages the group: members, invitations, erasure</source>
        <translation>διαχειρίζεται την ομάδα: μέλη, προσκλήσεις, οριστική διαγραφή</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ποτέ</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>προαιρετικό</translation>
    </message>
    <message>
        <source>reads the group&apos;s records, changes nothing</source>
        <translation>διαβάζει τις εγγραφές της ομάδας, δεν αλλάζει τίποτα</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <extracomment>audit entries per page (&quot;Older entries&quot; asks for the next page)</extracomment>
        <translation>το αρχείο δεν μπορεί να διαβαστεί ({reason})</translation>
    </message>
    <message>
        <source>the server did not accept this computer&apos;s token; ask your coordinator for a new invitation</source>
        <translation>ο διακομιστής δεν δέχτηκε το διακριτικό αυτού του υπολογιστή· ζητήστε νέα πρόσκληση από τον συντονιστή σας</translation>
    </message>
    <message>
        <source>unnamed computer</source>
        <translation>υπολογιστής χωρίς όνομα</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} ημέρες</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} εβδομάδες</translation>
    </message>
    <message>
        <source>{label}, since {when}</source>
        <translation>{label}, από {when}</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (εσείς)</translation>
    </message>
    <message>
        <source>{name} is no longer a member; their records stay.</source>
        <translation>Το άτομο {name} δεν είναι πλέον μέλος· οι εγγραφές του παραμένουν.</translation>
    </message>
    <message>
        <source>{name} is now: {role}.</source>
        <translation>{name}: νέος ρόλος: {role}.</translation>
    </message>
    <message>
        <source>“{name}” was erased here; the erasure goes to the server with this sync and reaches every replica at its next sync.</source>
        <translation>Το «{name}» διαγράφηκε οριστικά εδώ· η διαγραφή πηγαίνει στον διακομιστή με αυτόν τον συγχρονισμό και φτάνει σε κάθε τοπικό αντίγραφο στον επόμενο συγχρονισμό του.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Applied: {applied}. Already here: {duplicates}. To pass on to the server: {held}. Refused: {refused}.</source>
        <translation>Εφαρμόστηκαν: {applied}. Υπήρχαν ήδη: {duplicates}. Προς διαβίβαση στον διακομιστή: {held}. Απορρίφθηκαν: {refused}.</translation>
    </message>
    <message>
        <source>Changes written: {count}, to {path}.

Passphrase (shown only now): {words}</source>
        <translation>Γράφτηκαν αλλαγές: {count}, στο {path}.

Φράση πρόσβασης (εμφανίζεται μόνο τώρα): {words}</translation>
    </message>
    <message>
        <source>Connect this computer to the group&apos;s server once before handing changes over.</source>
        <translation>Συνδέστε αυτόν τον υπολογιστή μία φορά με τον διακομιστή της ομάδας πριν παραδώσετε αλλαγές.</translation>
    </message>
    <message>
        <source>Export changes for another computer…</source>
        <translation>Εξαγωγή αλλαγών για άλλον υπολογιστή…</translation>
    </message>
    <message>
        <source>Exporting changes</source>
        <translation>Εξαγωγή αλλαγών</translation>
    </message>
    <message>
        <source>Hand-over files (*.rdrelay);;All files (*)</source>
        <translation>Αρχεία παράδοσης (*.rdrelay);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Import changes from a file…</source>
        <translation>Εισαγωγή αλλαγών από αρχείο…</translation>
    </message>
    <message>
        <source>Importing changes</source>
        <translation>Εισαγωγή αλλαγών</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Δεν άλλαξε τίποτα: {reason}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Φράση πρόσβασης</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Διακόπηκε. Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>The file is cut short: it was not copied completely.</source>
        <translation>Το αρχείο είναι ελλιπές: δεν αντιγράφηκε ολόκληρο.</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was made.</source>
        <translation>Το αρχείο άλλαξε ή καταστράφηκε μετά τη δημιουργία του.</translation>
    </message>
    <message>
        <source>The file will be locked with these words (change them if you like). Give them to the person who imports it, separately from the file.</source>
        <translation>Το αρχείο θα κλειδωθεί με αυτές τις λέξεις (μπορείτε να τις αλλάξετε). Δώστε τις στο άτομο που θα το εισαγάγει, χωριστά από το αρχείο.</translation>
    </message>
    <message>
        <source>The passphrase does not open this file: check the words and try again.</source>
        <translation>Η φράση πρόσβασης δεν ανοίγει αυτό το αρχείο: ελέγξτε τις λέξεις και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>This file holds changes of another group.</source>
        <translation>Αυτό το αρχείο περιέχει αλλαγές άλλης ομάδας.</translation>
    </message>
    <message>
        <source>This is not a RuralDesk hand-over file.</source>
        <translation>Αυτό δεν είναι αρχείο παράδοσης του RuralDesk.</translation>
    </message>
    <message>
        <source>Type the words the file was locked with.</source>
        <translation>Πληκτρολογήστε τις λέξεις με τις οποίες κλειδώθηκε το αρχείο.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>About RuralDesk</source>
        <translation>Σχετικά με το RuralDesk</translation>
    </message>
    <message>
        <source>An offline-first organiser of practices, contacts and tools for rural social-economy groups: village associations, cooperatives, social enterprises, third places and the authorities that work with them.</source>
        <translation>Ένα πρόγραμμα οργάνωσης πρακτικών, επαφών και εργαλείων που λειτουργεί πρώτα εκτός σύνδεσης, για φορείς της αγροτικής κοινωνικής οικονομίας: συλλόγους χωριών, συνεταιρισμούς, κοινωνικές επιχειρήσεις, τρίτους χώρους και τις αρχές που συνεργάζονται μαζί τους.</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Άδεια χρήσης:</translation>
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
        <translation>Οδηγός χρήσης του RuralDesk</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of RuralDesk. It is online at {url}</source>
        <translation>Ο οδηγός χρήσης δεν είναι εγκατεστημένος με αυτό το αντίγραφο του RuralDesk. Είναι διαθέσιμος στη διεύθυνση {url}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Οδηγός χρήσης</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Χώρος εργασίας:</translation>
    </message>
</context>
<context>
    <name>IO</name>
    <message>
        <source>Comments on {title}</source>
        <translation>Σχόλια για {title}</translation>
    </message>
    <message>
        <source>DejaVu Sans is not installed: the PDF uses Helvetica, which cannot print letters outside Western Europe (Polish, Greek…); install fonts-dejavu</source>
        <translation>Η γραμματοσειρά DejaVu Sans δεν είναι εγκατεστημένη: το PDF χρησιμοποιεί Helvetica, που δεν μπορεί να τυπώσει γράμματα εκτός Δυτικής Ευρώπης (πολωνικά, ελληνικά…)· εγκαταστήστε το fonts-dejavu</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Συζήτηση</translation>
    </message>
    <message>
        <source>Google Contacts export</source>
        <translation>Εξαγωγή Google Contacts</translation>
    </message>
    <message>
        <source>Google Contacts export (Outlook CSV)</source>
        <translation>Εξαγωγή Google Contacts (Outlook CSV)</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Αποκρύφθηκε από συντονιστή: {reason}</translation>
    </message>
    <message>
        <source>Outlook export</source>
        <translation>Εξαγωγή Outlook</translation>
    </message>
    <message>
        <source>Phone ({type}): {number}</source>
        <translation>Τηλέφωνο ({type}): {number}</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Η ανάρτηση αφαιρέθηκε</translation>
    </message>
    <message>
        <source>Posts: {count}</source>
        <translation>Αναρτήσεις: {count}</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation>Περιφέρεια: {region}</translation>
    </message>
    <message>
        <source>Started by {name}, {when}</source>
        <translation>Ξεκίνησε από {name}, {when}</translation>
    </message>
    <message>
        <source>Thunderbird address book export</source>
        <translation>Εξαγωγή βιβλίου διευθύνσεων Thunderbird</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Ανακλήθηκε από τον συντάκτη της.</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>εικόνα GIF</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>εικόνα JPEG</translation>
    </message>
    <message>
        <source>a PDF document, not a table or an address book</source>
        <translation>έγγραφο PDF, όχι πίνακας ή βιβλίο διευθύνσεων</translation>
    </message>
    <message>
        <source>a PNG picture</source>
        <translation>εικόνα PNG</translation>
    </message>
    <message>
        <source>a Windows program, not a data file</source>
        <translation>πρόγραμμα Windows, όχι αρχείο δεδομένων</translation>
    </message>
    <message>
        <source>a ZIP archive (an .xlsx or .ods spreadsheet?); save it as CSV from the spreadsheet first</source>
        <translation>αρχείο ZIP (υπολογιστικό φύλλο .xlsx ή .ods;)· αποθηκεύστε το πρώτα ως CSV από το πρόγραμμα υπολογιστικών φύλλων</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>αρχείο</translation>
    </message>
    <message>
        <source>a gzip-compressed file; uncompress it first</source>
        <translation>αρχείο συμπιεσμένο με gzip· αποσυμπιέστε το πρώτα</translation>
    </message>
    <message>
        <source>a program, not a data file</source>
        <translation>πρόγραμμα, όχι αρχείο δεδομένων</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed</source>
        <translation>ένα εισαγωγικό (&quot;) σε αυτή τη γραμμή δεν κλείνει ποτέ</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed on its line</source>
        <translation>ένα εισαγωγικό (&quot;) σε αυτή τη γραμμή δεν κλείνει ποτέ στη γραμμή του</translation>
    </message>
    <message>
        <source>a quoted cell has text after its closing quote and the row does not have as many cells as the header</source>
        <translation>ένα κελί σε εισαγωγικά έχει κείμενο μετά το εισαγωγικό κλεισίματος και η γραμμή δεν έχει τόσα κελιά όσα η κεφαλίδα</translation>
    </message>
    <message>
        <source>a second address is not imported (only one address is kept)</source>
        <translation>δεύτερη διεύθυνση δεν εισάγεται (διατηρείται μόνο μία διεύθυνση)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>πίνακας</translation>
    </message>
    <message>
        <source>a vCard file</source>
        <translation>αρχείο vCard</translation>
    </message>
    <message>
        <source>address country not recognised</source>
        <translation>η χώρα της διεύθυνσης δεν αναγνωρίστηκε</translation>
    </message>
    <message>
        <source>an SQLite database (to bring back a whole workspace use restore)</source>
        <translation>βάση δεδομένων SQLite (για να επαναφέρετε ολόκληρο χώρο εργασίας, χρησιμοποιήστε την επαναφορά)</translation>
    </message>
    <message>
        <source>an alternative (ALTID {altid}) of a value already kept</source>
        <translation>εναλλακτική μορφή (ALTID {altid}) τιμής που έχει ήδη διατηρηθεί</translation>
    </message>
    <message>
        <source>an old Office document (.xls or .doc); save it as CSV from the spreadsheet first</source>
        <translation>παλιό έγγραφο Office (.xls ή .doc)· αποθηκεύστε το πρώτα ως CSV από το πρόγραμμα υπολογιστικών φύλλων</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>δεν είναι δυνατή η ανάγνωση του {name}: {reason}</translation>
    </message>
    <message>
        <source>category is not a theme of this workspace</source>
        <translation>η κατηγορία δεν είναι θέμα αυτού του χώρου εργασίας</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>στήλη {number}</translation>
    </message>
    <message>
        <source>edited {when}</source>
        <translation>επεξεργάστηκε {when}</translation>
    </message>
    <message>
        <source>group “{group}” is not a theme of this workspace; not imported</source>
        <translation>η ομάδα «{group}» δεν είναι θέμα αυτού του χώρου εργασίας· δεν εισήχθη</translation>
    </message>
    <message>
        <source>has {cells} cells but the header names {columns} columns; the extra cells would be lost</source>
        <translation>έχει {cells} κελιά, αλλά η κεφαλίδα ονομάζει {columns} στήλες· τα επιπλέον κελιά θα χάνονταν</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>σε απάντηση προς {name}</translation>
    </message>
    <message>
        <source>it holds a file its manifest does not list (“{file}”)</source>
        <translation>περιέχει αρχείο που δεν αναφέρεται στο δηλωτικό του («{file}»)</translation>
    </message>
    <message>
        <source>it holds the file “{file}” twice</source>
        <translation>περιέχει το αρχείο «{file}» δύο φορές</translation>
    </message>
    <message>
        <source>it lists {count} attachment files, more than the {limit} a backup may hold</source>
        <translation>αναφέρει {count} αρχεία συνημμένων, περισσότερα από τα {limit} που επιτρέπεται να περιέχει ένα αντίγραφο ασφαλείας</translation>
    </message>
    <message>
        <source>it would unpack to {size}, more than the {limit} a restore may write</source>
        <translation>θα αποσυμπιεζόταν σε {size}, περισσότερο από τα {limit} που επιτρέπεται να γράψει μια επαναφορά</translation>
    </message>
    <message>
        <source>its manifest does not describe the replica file properly</source>
        <translation>το δηλωτικό του δεν περιγράφει σωστά το αρχείο του τοπικού αντιγράφου</translation>
    </message>
    <message>
        <source>its manifest does not give its counts properly</source>
        <translation>το δηλωτικό του δεν δίνει σωστά τα πλήθη του</translation>
    </message>
    <message>
        <source>its manifest does not list the attachments properly</source>
        <translation>το δηλωτικό του δεν απαριθμεί σωστά τα συνημμένα</translation>
    </message>
    <message>
        <source>its manifest is larger than any backup&apos;s</source>
        <translation>το δηλωτικό του είναι μεγαλύτερο από εκείνο οποιουδήποτε αντιγράφου ασφαλείας</translation>
    </message>
    <message>
        <source>its manifest is not a list of named values</source>
        <translation>το δηλωτικό του δεν είναι λίστα ονομασμένων τιμών</translation>
    </message>
    <message>
        <source>its manifest lists the attachment {file}… twice</source>
        <translation>το δηλωτικό του αναφέρει το συνημμένο {file}… δύο φορές</translation>
    </message>
    <message>
        <source>its manifest names an attachment “{file}” that is not a checksum</source>
        <translation>το δηλωτικό του ονομάζει ένα συνημμένο «{file}» που δεν είναι άθροισμα ελέγχου</translation>
    </message>
    <message>
        <source>language not recognised</source>
        <translation>η γλώσσα δεν αναγνωρίστηκε</translation>
    </message>
    <message>
        <source>looks like card {number} of this file ({reason})</source>
        <translation>μοιάζει με την κάρτα {number} αυτού του αρχείου ({reason})</translation>
    </message>
    <message>
        <source>looks like row {number} of this file ({reason})</source>
        <translation>μοιάζει με τη γραμμή {number} αυτού του αρχείου ({reason})</translation>
    </message>
    <message>
        <source>looks like “{title}” already here ({reason})</source>
        <translation>μοιάζει με το «{title}» που υπάρχει ήδη ({reason})</translation>
    </message>
    <message>
        <source>name prefix not imported</source>
        <translation>το πρόθεμα ονόματος δεν εισήχθη</translation>
    </message>
    <message>
        <source>name suffix not imported</source>
        <translation>το επίθημα ονόματος δεν εισήχθη</translation>
    </message>
    <message>
        <source>no matching field</source>
        <translation>κανένα αντίστοιχο πεδίο</translation>
    </message>
    <message>
        <source>no practice to write (the search or filters match none); {out} was not written</source>
        <translation>καμία πρακτική για εγγραφή (η αναζήτηση ή τα φίλτρα δεν βρίσκουν καμία)· το {out} δεν γράφτηκε</translation>
    </message>
    <message>
        <source>only one address is kept</source>
        <translation>διατηρείται μόνο μία διεύθυνση</translation>
    </message>
    <message>
        <source>only one name is kept</source>
        <translation>διατηρείται μόνο ένα όνομα</translation>
    </message>
    <message>
        <source>only one organisation is kept</source>
        <translation>διατηρείται μόνο ένας οργανισμός</translation>
    </message>
    <message>
        <source>only one role is kept</source>
        <translation>διατηρείται μόνο ένας ρόλος</translation>
    </message>
    <message>
        <source>only one web address is kept</source>
        <translation>διατηρείται μόνο μία διεύθυνση ιστού</translation>
    </message>
    <message>
        <source>phone label not kept (the number is imported)</source>
        <translation>η ετικέτα του τηλεφώνου δεν διατηρήθηκε (ο αριθμός εισάγεται)</translation>
    </message>
    <message>
        <source>phone {number} has no country code and no region is set to read it with; kept in the notes (set the workspace&apos;s phone region, or --default-region)</source>
        <translation>το τηλέφωνο {number} δεν έχει κωδικό χώρας και δεν έχει οριστεί περιοχή για την ανάγνωσή του· διατηρήθηκε στις σημειώσεις (ορίστε την περιοχή τηλεφώνων του χώρου εργασίας ή --default-region)</translation>
    </message>
    <message>
        <source>phone {number} written as {written} (numbers without a country code read as {region})</source>
        <translation>το τηλέφωνο {number} γράφτηκε ως {written} (οι αριθμοί χωρίς κωδικό χώρας διαβάζονται ως {region})</translation>
    </message>
    <message>
        <source>region “{region}” is not a NUTS region we know; kept in the notes</source>
        <translation>η περιφέρεια «{region}» δεν είναι περιφέρεια NUTS που γνωρίζουμε· διατηρήθηκε στις σημειώσεις</translation>
    </message>
    <message>
        <source>same e-mail {email}</source>
        <translation>ίδιο email {email}</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>ίδιο όνομα</translation>
    </message>
    <message>
        <source>same phone {phone}</source>
        <translation>ίδιο τηλέφωνο {phone}</translation>
    </message>
    <message>
        <source>similar names ({ratio})</source>
        <translation>παρόμοια ονόματα ({ratio})</translation>
    </message>
    <message>
        <source>spreadsheet (columns matched by their names)</source>
        <translation>υπολογιστικό φύλλο (στήλες αντιστοιχισμένες με βάση το όνομά τους)</translation>
    </message>
    <message>
        <source>the file name “{file}” points outside the backup</source>
        <translation>το όνομα αρχείου «{file}» δείχνει εκτός του αντιγράφου ασφαλείας</translation>
    </message>
    <message>
        <source>the last row is cut short (fewer cells than the header and no line end): the file looks truncated</source>
        <translation>η τελευταία γραμμή είναι κομμένη (λιγότερα κελιά από την κεφαλίδα και χωρίς τέλος γραμμής): το αρχείο φαίνεται περικομμένο</translation>
    </message>
    <message>
        <source>the row cannot be read ({error})</source>
        <translation>η γραμμή δεν μπορεί να διαβαστεί ({error})</translation>
    </message>
    <message>
        <source>the workspace {path} is not empty ({count} records); restore only into an empty workspace (choose a new one)</source>
        <translation>ο χώρος εργασίας {path} δεν είναι κενός ({count} εγγραφές)· κάντε επαναφορά μόνο σε κενό χώρο εργασίας (επιλέξτε νέο)</translation>
    </message>
    <message>
        <source>this card was exported from this workspace and the contact is still here (same UID)</source>
        <translation>αυτή η κάρτα εξήχθη από αυτόν τον χώρο εργασίας και η επαφή υπάρχει ακόμη εδώ (ίδιο UID)</translation>
    </message>
    <message>
        <source>unknown encoding {encoding}</source>
        <translation>άγνωστη κωδικοποίηση {encoding}</translation>
    </message>
    <message>
        <source>{column} ({count} values)</source>
        <translation>{column} ({count} τιμές)</translation>
    </message>
    <message>
        <source>{name} cannot be restored safely: {reason}; nothing was changed</source>
        <translation>δεν είναι δυνατή η ασφαλής επαναφορά του {name}: {reason}· δεν άλλαξε τίποτα</translation>
    </message>
    <message>
        <source>{name} has no header row (the first line should name the columns)</source>
        <translation>το {name} δεν έχει γραμμή κεφαλίδας (η πρώτη γραμμή πρέπει να ονομάζει τις στήλες)</translation>
    </message>
    <message>
        <source>{name} holds a damaged replica ({reason})</source>
        <translation>το {name} περιέχει κατεστραμμένο τοπικό αντίγραφο ({reason})</translation>
    </message>
    <message>
        <source>{name} is UTF-8 except on line {line} (byte {byte}), which is in another encoding: two encodings are mixed in one file; correct that line, or choose the encoding of the whole file</source>
        <translation>το {name} είναι σε UTF-8 εκτός από τη γραμμή {line} (byte {byte}), που είναι σε άλλη κωδικοποίηση: δύο κωδικοποιήσεις αναμειγνύονται σε ένα αρχείο· διορθώστε αυτή τη γραμμή ή επιλέξτε την κωδικοποίηση όλου του αρχείου</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes)</source>
        <translation>το {name} είναι δυαδικό αρχείο, όχι κείμενο (περιέχει byte NUL)</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes, first on line {line})</source>
        <translation>το {name} είναι δυαδικό αρχείο, όχι κείμενο (περιέχει byte NUL, πρώτα στη γραμμή {line})</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason})</source>
        <translation>το {name} είναι κατεστραμμένο ({reason})</translation>
    </message>
    <message>
        <source>{name} is damaged: attachment {file}… does not match its checksum</source>
        <translation>το {name} είναι κατεστραμμένο: το συνημμένο {file}… δεν ταιριάζει με το άθροισμα ελέγχου του</translation>
    </message>
    <message>
        <source>{name} is damaged: the replica inside does not match its checksum</source>
        <translation>το {name} είναι κατεστραμμένο: το τοπικό αντίγραφο που περιέχει δεν ταιριάζει με το άθροισμα ελέγχου του</translation>
    </message>
    <message>
        <source>{name} is damaged: “{file}” is shorter than its manifest says</source>
        <translation>το {name} είναι κατεστραμμένο: το «{file}» είναι μικρότερο από όσο λέει το δηλωτικό του</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>το {name} είναι κενό</translation>
    </message>
    <message>
        <source>{name} is in no encoding we can read exactly (not UTF-8, UTF-16, a Windows or ISO 8859 code page, or Shift-JIS); save it again as UTF-8</source>
        <translation>το {name} δεν είναι σε καμία κωδικοποίηση που μπορούμε να διαβάσουμε με ακρίβεια (ούτε UTF-8, UTF-16, κωδικοσελίδα Windows ή ISO 8859, ούτε Shift-JIS)· αποθηκεύστε το ξανά ως UTF-8</translation>
    </message>
    <message>
        <source>{name} is incomplete: {count} files are missing (first: {first})</source>
        <translation>το {name} είναι ελλιπές: λείπουν {count} αρχεία (πρώτο: {first})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup (not a ZIP file); it may be truncated</source>
        <translation>το {name} δεν είναι αντίγραφο ασφαλείας του RuralDesk (δεν είναι αρχείο ZIP)· ίσως είναι περικομμένο</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup or is damaged ({reason})</source>
        <translation>το {name} δεν είναι αντίγραφο ασφαλείας του RuralDesk ή είναι κατεστραμμένο ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk workspace backup</source>
        <translation>το {name} δεν είναι αντίγραφο ασφαλείας χώρου εργασίας του RuralDesk</translation>
    </message>
    <message>
        <source>{name} is not a vCard file (it should start with BEGIN:VCARD)</source>
        <translation>το {name} δεν είναι αρχείο vCard (πρέπει να ξεκινά με BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>{name} is not a valid vCard file: card {number} is broken ({reason})</source>
        <translation>το {name} δεν είναι έγκυρο αρχείο vCard: η κάρτα {number} είναι ελαττωματική ({reason})</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-16 text; it may be truncated or damaged</source>
        <translation>το {name} δεν είναι έγκυρο κείμενο UTF-16· ίσως είναι περικομμένο ή κατεστραμμένο</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-32 text; it may be truncated or damaged</source>
        <translation>το {name} δεν είναι έγκυρο κείμενο UTF-32· ίσως είναι περικομμένο ή κατεστραμμένο</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text after all (byte {byte}); save it again as UTF-8</source>
        <translation>το {name} τελικά δεν είναι κείμενο {encoding} (byte {byte})· αποθηκεύστε το ξανά ως UTF-8</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text: line {line} holds bytes it cannot read (byte {byte}); choose another encoding</source>
        <translation>το {name} δεν είναι κείμενο {encoding}: η γραμμή {line} περιέχει byte που δεν μπορούν να διαβαστούν (byte {byte})· επιλέξτε άλλη κωδικοποίηση</translation>
    </message>
    <message>
        <source>{name} is {size}, more than the {limit} {what} may be; split it into smaller files</source>
        <translation>το {name} έχει μέγεθος {size}, περισσότερο από τα {limit} που επιτρέπονται για {what}· χωρίστε το σε μικρότερα αρχεία</translation>
    </message>
    <message>
        <source>{name} is {what}</source>
        <translation>το {name} είναι {what}</translation>
    </message>
    <message>
        <source>{name} needs {size} of free disk space and only {free} is free; nothing was changed</source>
        <translation>το {name} χρειάζεται {size} ελεύθερο χώρο στον δίσκο και είναι ελεύθερα μόνο {free}· δεν άλλαξε τίποτα</translation>
    </message>
    <message>
        <source>{name} starts as UTF-8 but line {line} holds bytes that are not UTF-8 (byte {byte}); it may be damaged — save it again as UTF-8</source>
        <translation>το {name} ξεκινά ως UTF-8, αλλά η γραμμή {line} περιέχει byte που δεν είναι UTF-8 (byte {byte})· ίσως είναι κατεστραμμένο — αποθηκεύστε το ξανά ως UTF-8</translation>
    </message>
    <message>
        <source>{name} was made by a newer RuralDesk (backup format {version}); update RuralDesk to restore it</source>
        <translation>το {name} δημιουργήθηκε από νεότερη έκδοση του RuralDesk (μορφή αντιγράφου ασφαλείας {version})· ενημερώστε το RuralDesk για να το επαναφέρετε</translation>
    </message>
    <message>
        <source>{name}, line {line}: a quoted cell has text after its closing quote ({error})</source>
        <translation>{name}, γραμμή {line}: ένα κελί σε εισαγωγικά έχει κείμενο μετά το εισαγωγικό κλεισίματος ({error})</translation>
    </message>
    <message>
        <source>{name}, line {line}: {error}</source>
        <translation>{name}, γραμμή {line}: {error}</translation>
    </message>
    <message>
        <source>{name}: a quote (&quot;) opened near line {line} is never closed; the file looks truncated or damaged</source>
        <translation>{name}: ένα εισαγωγικό (&quot;) που άνοιξε κοντά στη γραμμή {line} δεν κλείνει ποτέ· το αρχείο φαίνεται περικομμένο ή κατεστραμμένο</translation>
    </message>
    <message>
        <source>{name}: card {number} is never closed (END:VCARD is missing); the file looks truncated</source>
        <translation>{name}: η κάρτα {number} δεν κλείνει ποτέ (λείπει το END:VCARD)· το αρχείο φαίνεται περικομμένο</translation>
    </message>
    <message>
        <source>{name}: the encoding is not certain, the file reads differently as {shown}; choose one (for example --encoding {first})</source>
        <translation>{name}: η κωδικοποίηση δεν είναι βέβαιη, το αρχείο διαβάζεται διαφορετικά ως {shown}· επιλέξτε μία (για παράδειγμα --encoding {first})</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); restore into a new workspace</source>
        <translation>το {path} δεν μπορεί να διαβαστεί ({reason})· κάντε επαναφορά σε νέο χώρο εργασίας</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>το {path} δεν υπάρχει</translation>
    </message>
    <message>
        <source>{path} is a folder, not {what}</source>
        <translation>το {path} είναι φάκελος, όχι {what}</translation>
    </message>
    <message>
        <source>{path} is not an empty workspace</source>
        <translation>το {path} δεν είναι κενός χώρος εργασίας</translation>
    </message>
    <message>
        <source>{property} not imported: {why}</source>
        <translation>{property}: δεν εισήχθη: {why}</translation>
    </message>
    <message>
        <source>{where}: {count} characters in a script the font cannot show ({scripts}) were left out of the PDF</source>
        <translation>{where}: {count} χαρακτήρες σε γραφή που η γραμματοσειρά δεν μπορεί να εμφανίσει ({scripts}) παραλείφθηκαν από το PDF</translation>
    </message>
    <message>
        <source>“{file}” claims a size its compressed data cannot have (a zip bomb?)</source>
        <translation>το «{file}» δηλώνει μέγεθος που τα συμπιεσμένα δεδομένα του δεν μπορούν να έχουν (βόμβα ZIP;)</translation>
    </message>
    <message>
        <source>“{file}” is a link or a folder, not a file</source>
        <translation>το «{file}» είναι σύνδεσμος ή φάκελος, όχι αρχείο</translation>
    </message>
    <message>
        <source>“{file}” is encrypted or compressed in a way RuralDesk does not write</source>
        <translation>το «{file}» είναι κρυπτογραφημένο ή συμπιεσμένο με τρόπο που δεν χρησιμοποιεί το RuralDesk</translation>
    </message>
    <message>
        <source>“{file}” is not the size its manifest says</source>
        <translation>το «{file}» δεν έχει το μέγεθος που δηλώνει το δηλωτικό του</translation>
    </message>
    <message>
        <source>“{file}” unpacks to more than its declared size (a zip bomb?)</source>
        <translation>το «{file}» αποσυμπιέζεται σε μέγεθος μεγαλύτερο από το δηλωμένο (βόμβα ZIP;)</translation>
    </message>
    <message>
        <source>“{number}” is not a phone number we can read; kept in the notes</source>
        <translation>το «{number}» δεν είναι αριθμός τηλεφώνου που μπορούμε να διαβάσουμε· διατηρήθηκε στις σημειώσεις</translation>
    </message>
    <message>
        <source>“{value}” is not a country (use a name or an ISO 3166 code such as PT)</source>
        <translation>το «{value}» δεν είναι χώρα (χρησιμοποιήστε όνομα ή κωδικό ISO 3166, π.χ. PT)</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>το «{value}» δεν είναι ημερομηνία (χρησιμοποιήστε ΕΕΕΕ-ΜΜ-ΗΗ ή ΗΗ/ΜΜ/ΕΕΕΕ)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use a name or an ISO 639 code such as fr)</source>
        <translation>το «{value}» δεν είναι γλώσσα (χρησιμοποιήστε όνομα ή κωδικό ISO 639, π.χ. fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use an ISO 639 code such as fr)</source>
        <translation>το «{value}» δεν είναι γλώσσα (χρησιμοποιήστε κωδικό ISO 639, π.χ. fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>το «{value}» δεν είναι αριθμός</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>το «{value}» δεν είναι αναγνωριστικό εγγραφής</translation>
    </message>
    <message>
        <source>“{value}” is not a theme of this workspace</source>
        <translation>το «{value}» δεν είναι θέμα αυτού του χώρου εργασίας</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>το «{value}» δεν είναι ακέραιος αριθμός</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>το «{value}» δεν είναι ένα από τα: {choices}</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <source>All types</source>
        <translation>Όλοι οι τύποι</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Όλες οι χώρες</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Όλα τα είδη</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Όλες οι γλώσσες</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Όλες οι περιφέρειες</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Όλα τα θέματα</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Εκκαθάριση</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Εκκαθάριση φίλτρων</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Στήλες</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Filter by {what}</source>
        <translation>Φιλτράρισμα κατά: {what}</translation>
    </message>
    <message>
        <source>In the trash: {count}</source>
        <translation>Στον κάδο απορριμμάτων: {count}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>List summary</source>
        <translation>Σύνοψη λίστας</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Εγγραφές</translation>
    </message>
    <message>
        <source>Records: {count}</source>
        <translation>Εγγραφές: {count}</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Περιφέρεια</translation>
    </message>
    <message>
        <source>Results: {count}</source>
        <translation>Αποτελέσματα: {count}</translation>
    </message>
    <message>
        <source>Results: {shown} of {total}</source>
        <translation>Αποτελέσματα: {shown} από {total}</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>Αποθήκευση αναζήτησης…</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Αποθήκευση αυτής της αναζήτησης</translation>
    </message>
    <message>
        <source>Selected: {count}</source>
        <translation>Επιλεγμένα: {count}</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Τύπος</translation>
    </message>
    <message>
        <source>Type to search practices, contacts, tools and themes.</source>
        <translation>Πληκτρολογήστε για αναζήτηση σε πρακτικές, επαφές, εργαλεία και θέματα.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About RuralDesk</source>
        <translation>&amp;Σχετικά με το RuralDesk</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>Επισύνα&amp;ψη αρχείων…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Πίσω</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Στήλες…</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic information</source>
        <translation>Αντιγραφή &amp;διαγνωστικών πληροφοριών</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Διαγραφή</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Επεξεργασία</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Εύρεση…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation>&amp;Σύνδεση με…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Ό&amp;νομα:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Νέο</translation>
    </message>
    <message>
        <source>&amp;Paste as attachment</source>
        <translation>Επικόλληση ως &amp;συνημμένο</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Ε&amp;γγραφή</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ε&amp;πανάληψη</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ρυθμίσεις…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Συγχρονισμός</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Οδηγός χρήσης</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Προβολή</translation>
    </message>
    <message>
        <source>Add a record to the list shown</source>
        <translation>Προσθήκη εγγραφής στην εμφανιζόμενη λίστα</translation>
    </message>
    <message>
        <source>Added “{title}”</source>
        <translation>Προστέθηκε: «{title}»</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Επισύναψη αρχείων</translation>
    </message>
    <message>
        <source>Attached: {count}</source>
        <translation>Επισυνάφθηκαν: {count}</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Το συνημμένο δεν είναι ακόμη εδώ</translation>
    </message>
    <message>
        <source>Bring the selected records back from the trash</source>
        <translation>Επαναφορά των επιλεγμένων εγγραφών από τον κάδο απορριμμάτων</translation>
    </message>
    <message>
        <source>Changes waiting to be shared</source>
        <translation>Αλλαγές σε αναμονή κοινοποίησης</translation>
    </message>
    <message>
        <source>Changes waiting to be shared: {count}</source>
        <translation>Αλλαγές σε αναμονή κοινοποίησης: {count}</translation>
    </message>
    <message>
        <source>Choose a practice or a tool to attach files to.</source>
        <translation>Επιλέξτε μια πρακτική ή ένα εργαλείο για να επισυνάψετε αρχεία.</translation>
    </message>
    <message>
        <source>Copy files into the workspace and attach them</source>
        <translation>Αντιγραφή αρχείων στον χώρο εργασίας και επισύναψή τους</translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>Δεν ήταν δυνατή η επισύναψη</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Διαγραφή αποθηκευμένης αναζήτησης</translation>
    </message>
    <message>
        <source>Diagnostic information copied. Paste it into your message to the person helping you; it holds no names or contents.</source>
        <translation>Οι διαγνωστικές πληροφορίες αντιγράφηκαν. Επικολλήστε τις στο μήνυμά σας προς το άτομο που σας βοηθά· δεν περιέχουν ονόματα ή περιεχόμενα.</translation>
    </message>
    <message>
        <source>Edit the record shown</source>
        <translation>Επεξεργασία της εμφανιζόμενης εγγραφής</translation>
    </message>
    <message>
        <source>Empty the &amp;trash…</source>
        <translation>Άδειασμα &amp;κάδου…</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Άδειασμα κάδου απορριμμάτων</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Άδειασμα του κάδου απορριμμάτων</translation>
    </message>
    <message>
        <source>Erase everything in the trash from this computer? This cannot be undone.</source>
        <translation>Οριστική διαγραφή όλου του περιεχομένου του κάδου απορριμμάτων από αυτόν τον υπολογιστή; Αυτό δεν αναιρείται.</translation>
    </message>
    <message>
        <source>Erased from this computer: {count}</source>
        <translation>Διαγράφηκαν οριστικά από αυτόν τον υπολογιστή: {count}</translation>
    </message>
    <message>
        <source>For a support request: versions and sizes, never names or contents</source>
        <translation>Για αίτημα υποστήριξης: εκδόσεις και μεγέθη, ποτέ ονόματα ή περιεχόμενα</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Μετάβαση στη &amp;λίστα</translation>
    </message>
    <message>
        <source>Link this record to contacts, tools or practices</source>
        <translation>Σύνδεση αυτής της εγγραφής με επαφές, εργαλεία ή πρακτικές</translation>
    </message>
    <message>
        <source>Link “{title}” to…</source>
        <translation>Σύνδεση του «{title}» με…</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Κύρια γραμμή εργαλείων</translation>
    </message>
    <message>
        <source>Move the selected records to the trash</source>
        <translation>Μετακίνηση των επιλεγμένων εγγραφών στον κάδο απορριμμάτων</translation>
    </message>
    <message>
        <source>Moved to the trash: {count}. Undo with Ctrl+Z.</source>
        <translation>Μετακινήθηκαν στον κάδο απορριμμάτων: {count}. Αναίρεση με Ctrl+Z.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <extracomment>set by the sync UI: fetch_attachment(sha256, then) downloads a file kept on the server</extracomment>
        <translation>Πλοήγηση</translation>
    </message>
    <message>
        <source>No changes waiting to be shared</source>
        <translation>Καμία αλλαγή σε αναμονή κοινοποίησης</translation>
    </message>
    <message>
        <source>No saved searches yet. Type in the search box, then choose Save search under the filters.</source>
        <translation>Δεν υπάρχουν ακόμη αποθηκευμένες αναζητήσεις. Πληκτρολογήστε στο πλαίσιο αναζήτησης και επιλέξτε «Αποθήκευση αναζήτησης» κάτω από τα φίλτρα.</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Επανα&amp;φορά</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Επανάληψη</translation>
    </message>
    <message>
        <source>Restored: {count}</source>
        <translation>Επαναφέρθηκαν: {count}</translation>
    </message>
    <message>
        <source>RuralDesk</source>
        <extracomment>which collections a record of each collection can be linked to (both directions)</extracomment>
        <translation>RuralDesk</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Αποθήκευση αναζήτησης</translation>
    </message>
    <message>
        <source>Saved the search “{name}”</source>
        <translation>Η αναζήτηση «{name}» αποθηκεύτηκε</translation>
    </message>
    <message>
        <source>Saved “{title}”</source>
        <translation>Αποθηκεύτηκε: «{title}»</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Αναζήτηση παντού</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <extracomment>the middle pane: the list, or a view another module adds for a navigation node</extracomment>
        <translation>Αναζήτηση παντού (Ctrl+K)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Επιλογή ό&amp;λων</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>Εμφάνιση φακέλου &amp;καταγραφής</translation>
    </message>
    <message>
        <source>Show {what}</source>
        <translation>Εμφάνιση: {what}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Κατάσταση συγχρονισμού</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Αυτή η εγγραφή δεν υπάρχει πλέον.</translation>
    </message>
    <message>
        <source>The clipboard holds no file or picture to attach.</source>
        <translation>Το πρόχειρο δεν περιέχει αρχείο ή εικόνα για επισύναψη.</translation>
    </message>
    <message>
        <source>This file is not on this computer yet. It arrives with the next sync.</source>
        <translation>Αυτό το αρχείο δεν βρίσκεται ακόμη σε αυτόν τον υπολογιστή. Θα έρθει με τον επόμενο συγχρονισμό.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Κάδος απορριμμάτων</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Αναίρεση</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Created</source>
        <translation>Δημιουργία</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Συζητήσεις</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Βρέθηκε σε</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Τελευταία αλλαγή</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Αποθηκευμένες αναζητήσεις</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Για έλεγχο</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Κάδος απορριμμάτων</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Τύπος</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <extracomment>the review list is a coordinator&apos;s (ui/review.py): whatsnew sets it from the member&apos;s role</extracomment>
        <translation>Τι νέο υπάρχει</translation>
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
            <numerusform>%n επαφή άλλαξε</numerusform>
            <numerusform>%n επαφές άλλαξαν</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed practices</source>
        <translation>
            <numerusform>%n πρακτική άλλαξε</numerusform>
            <numerusform>%n πρακτικές άλλαξαν</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed tools</source>
        <translation>
            <numerusform>%n εργαλείο άλλαξε</numerusform>
            <numerusform>%n εργαλεία άλλαξαν</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n επαφή</numerusform>
            <numerusform>%n επαφές</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited posts</source>
        <translation>
            <numerusform>%n επεξεργασμένη ανάρτηση</numerusform>
            <numerusform>%n επεξεργασμένες αναρτήσεις</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contacts</source>
        <translation>
            <numerusform>%n νέα επαφή</numerusform>
            <numerusform>%n νέες επαφές</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new posts</source>
        <translation>
            <numerusform>%n νέα ανάρτηση</numerusform>
            <numerusform>%n νέες αναρτήσεις</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new practices</source>
        <translation>
            <numerusform>%n νέα πρακτική</numerusform>
            <numerusform>%n νέες πρακτικές</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tools</source>
        <translation>
            <numerusform>%n νέο εργαλείο</numerusform>
            <numerusform>%n νέα εργαλεία</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n ανάρτηση</numerusform>
            <numerusform>%n αναρτήσεις</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practices</source>
        <translation>
            <numerusform>%n πρακτική</numerusform>
            <numerusform>%n πρακτικές</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records shared by others since your last review.</source>
        <translation>
            <numerusform>%n εγγραφή κοινοποιήθηκε από άλλους από τον τελευταίο σας έλεγχο.</numerusform>
            <numerusform>%n εγγραφές κοινοποιήθηκαν από άλλους από τον τελευταίο σας έλεγχο.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tools</source>
        <translation>
            <numerusform>%n εργαλείο</numerusform>
            <numerusform>%n εργαλεία</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n μη αναγνωσμένο</numerusform>
            <numerusform>%n μη αναγνωσμένα</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Attach files: {count}</source>
        <translation>Επισύναψη αρχείων: {count}</translation>
    </message>
    <message>
        <source>Could not undo or redo: {error}</source>
        <extracomment>a write: runs on the writer thread, returns what changed and a value for on_done</extracomment>
        <translation>Δεν ήταν δυνατή η αναίρεση ή η επανάληψη: {error}</translation>
    </message>
    <message>
        <source>Create {title}</source>
        <translation>Δημιουργία «{title}»</translation>
    </message>
    <message>
        <source>Delete records: {count}</source>
        <translation>Διαγραφή εγγραφών: {count}</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>Διαγραφή «{title}»</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Επεξεργασία «{title}»</translation>
    </message>
    <message>
        <source>Link {title}</source>
        <translation>Σύνδεση «{title}»</translation>
    </message>
    <message>
        <source>Not undone: {fields} of “{title}” changed since, by someone else (it arrived with the last sync). Their value stays; edit it by hand if yours should win.</source>
        <translation>Δεν αναιρέθηκε: το πεδίο {fields} του «{title}» άλλαξε στο μεταξύ από κάποιον άλλο (έφτασε με τον τελευταίο συγχρονισμό). Η τιμή του παραμένει· επεξεργαστείτε την με το χέρι αν πρέπει να ισχύει η δική σας.</translation>
    </message>
    <message>
        <source>Not undone: “{title}” was moved to or from the trash by someone else since (it arrived with the last sync). It stays as it is.</source>
        <translation>Δεν αναιρέθηκε: το «{title}» μετακινήθηκε στον κάδο ή βγήκε από αυτόν στο μεταξύ από κάποιον άλλο (έφτασε με τον τελευταίο συγχρονισμό). Παραμένει ως έχει.</translation>
    </message>
    <message>
        <source>Remove attachment {name}</source>
        <translation>Αφαίρεση συνημμένου {name}</translation>
    </message>
    <message>
        <source>Restore records: {count}</source>
        <translation>Επαναφορά εγγραφών: {count}</translation>
    </message>
    <message>
        <source>Restore {title}</source>
        <translation>Επαναφορά «{title}»</translation>
    </message>
    <message>
        <source>Unlink from {title}</source>
        <translation>Αποσύνδεση από «{title}»</translation>
    </message>
</context>
<context>
    <name>PeerSync</name>
    <message>
        <source>&amp;Computers offering sync nearby:</source>
        <translation>&amp;Κοντινοί υπολογιστές που προσφέρουν συγχρονισμό:</translation>
    </message>
    <message>
        <source>&amp;Offer sync to a nearby computer…</source>
        <translation>&amp;Προσφορά συγχρονισμού σε κοντινό υπολογιστή…</translation>
    </message>
    <message>
        <source>Address of this computer</source>
        <translation>Διεύθυνση αυτού του υπολογιστή</translation>
    </message>
    <message>
        <source>C&amp;onnect and sync</source>
        <translation>Σύνδεση και &amp;συγχρονισμός</translation>
    </message>
    <message>
        <source>Choose a computer from the list, or type its address as shown on it (for example 192.168.1.20:40123).</source>
        <translation>Επιλέξτε έναν υπολογιστή από τη λίστα ή πληκτρολογήστε τη διεύθυνσή του όπως εμφανίζεται σε αυτόν (για παράδειγμα 192.168.1.20:40123).</translation>
    </message>
    <message>
        <source>Choose the computer that offers sync (Sync → Offer sync to a nearby computer… on it) and type the code it shows.</source>
        <translation>Επιλέξτε τον υπολογιστή που προσφέρει συγχρονισμό (σε αυτόν: Συγχρονισμός → Προσφορά συγχρονισμού σε κοντινό υπολογιστή…) και πληκτρολογήστε τον κωδικό που εμφανίζει.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Σύνδεση…</translation>
    </message>
    <message>
        <source>If this computer is not listed there, connect by address: {address}</source>
        <translation>Αν αυτός ο υπολογιστής δεν εμφανίζεται εκεί, συνδεθείτε με τη διεύθυνση: {address}</translation>
    </message>
    <message>
        <source>Let a computer of your group on the same network sync with this one, without the server or the internet</source>
        <translation>Επιτρέψτε σε έναν υπολογιστή της ομάδας σας στο ίδιο δίκτυο να συγχρονιστεί με αυτόν, χωρίς τον διακομιστή ή το διαδίκτυο</translation>
    </message>
    <message>
        <source>Looking for computers of your group on this network…</source>
        <translation>Αναζήτηση υπολογιστών της ομάδας σας σε αυτό το δίκτυο…</translation>
    </message>
    <message>
        <source>Offer sync to a nearby computer</source>
        <translation>Προσφορά συγχρονισμού σε κοντινό υπολογιστή</translation>
    </message>
    <message>
        <source>On the other computer (same Wi-Fi or phone hotspot, same group), choose Sync → Sync with a nearby computer…, pick this computer and type this code:</source>
        <translation>Στον άλλο υπολογιστή (ίδιο Wi-Fi ή σημείο πρόσβασης κινητού, ίδια ομάδα), επιλέξτε Συγχρονισμός → Συγχρονισμός με κοντινό υπολογιστή…, διαλέξτε αυτόν τον υπολογιστή και πληκτρολογήστε αυτόν τον κωδικό:</translation>
    </message>
    <message>
        <source>Or connect by &amp;address:</source>
        <translation>Ή σύνδεση με &amp;διεύθυνση:</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>Κωδικός σύ&amp;ζευξης:</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Κωδικός σύζευξης</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Πρόοδος</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Δ&amp;ιακοπή</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Stopped. Nothing was half-applied.</source>
        <translation>Διακόπηκε. Τίποτα δεν εφαρμόστηκε μισό.</translation>
    </message>
    <message>
        <source>Sync with a &amp;nearby computer…</source>
        <translation>Συγχρονισμός με &amp;κοντινό υπολογιστή…</translation>
    </message>
    <message>
        <source>Sync with a computer of your group that offers it on the same network</source>
        <translation>Συγχρονισμός με υπολογιστή της ομάδας σας που τον προσφέρει στο ίδιο δίκτυο</translation>
    </message>
    <message>
        <source>Sync with a nearby computer</source>
        <translation>Συγχρονισμός με κοντινό υπολογιστή</translation>
    </message>
    <message>
        <source>Synced with “{name}”: {received} changes received, {sent} sent.</source>
        <translation>Συγχρονίστηκε με «{name}»: λήφθηκαν {received} αλλαγές, στάλθηκαν {sent}.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed.</source>
        <translation>Αυτός δεν είναι ο κωδικός που εμφανίζεται στον άλλο υπολογιστή· δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed. Tries left: {count}.</source>
        <translation>Αυτός δεν είναι ο κωδικός που εμφανίζεται στον άλλο υπολογιστή· δεν άλλαξε τίποτα. Απομένουν προσπάθειες: {count}.</translation>
    </message>
    <message>
        <source>The code has six digits, as shown on the other computer.</source>
        <translation>Ο κωδικός έχει έξι ψηφία, όπως εμφανίζεται στον άλλο υπολογιστή.</translation>
    </message>
    <message>
        <source>The connection to the other computer was lost ({reason}). Nothing was half-applied; try again.</source>
        <translation>Η σύνδεση με τον άλλο υπολογιστή χάθηκε ({reason}). Τίποτα δεν εφαρμόστηκε μισό· δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>The connection was lost before the end; nothing was half-applied. Still waiting for a computer of your group…</source>
        <translation>Η σύνδεση χάθηκε πριν από το τέλος· τίποτα δεν εφαρμόστηκε μισό. Αναμονή ακόμη για υπολογιστή της ομάδας σας…</translation>
    </message>
    <message>
        <source>The other computer answered in a way this version does not understand ({reason}). Nothing was changed.</source>
        <translation>Ο άλλος υπολογιστής απάντησε με τρόπο που αυτή η έκδοση δεν καταλαβαίνει ({reason}). Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>The other computer belongs to another group; only computers of the same group can sync. Nothing was changed.</source>
        <translation>Ο άλλος υπολογιστής ανήκει σε άλλη ομάδα· μόνο υπολογιστές της ίδιας ομάδας μπορούν να συγχρονιστούν. Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>The other computer stopped its offer after too many wrong codes. Ask for a new offer there; nothing was changed.</source>
        <translation>Ο άλλος υπολογιστής σταμάτησε την προσφορά του μετά από πάρα πολλούς λάθος κωδικούς. Ζητήστε νέα προσφορά εκεί· δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: on the other computer, connect by address: {address}</source>
        <translation>Αυτό το δίκτυο δεν επιτρέπει στους υπολογιστές να βρουν ο ένας τον άλλον: στον άλλο υπολογιστή, συνδεθείτε με τη διεύθυνση: {address}</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: type the address shown on the other computer.</source>
        <translation>Αυτό το δίκτυο δεν επιτρέπει στους υπολογιστές να βρουν ο ένας τον άλλον: πληκτρολογήστε τη διεύθυνση που εμφανίζεται στον άλλο υπολογιστή.</translation>
    </message>
    <message>
        <source>This workspace is not part of a group yet. Set up sync with your group server once (Sync → Set up sync…); after that it can sync with nearby computers too.</source>
        <translation>Αυτός ο χώρος εργασίας δεν ανήκει ακόμη σε ομάδα. Ρυθμίστε μία φορά τον συγχρονισμό με τον διακομιστή της ομάδας σας (Συγχρονισμός → Ρύθμιση συγχρονισμού…)· μετά μπορεί να συγχρονίζεται και με κοντινούς υπολογιστές.</translation>
    </message>
    <message>
        <source>Waiting for a computer of your group…</source>
        <translation>Αναμονή για υπολογιστή της ομάδας σας…</translation>
    </message>
    <message>
        <source>{count} are kept until your next sync with the server, which knows the computer that signed them.</source>
        <translation>{count} διατηρούνται έως τον επόμενο συγχρονισμό σας με τον διακομιστή, που γνωρίζει τον υπολογιστή που τις υπέγραψε.</translation>
    </message>
    <message>
        <source>{count} were refused (their signature did not check out).</source>
        <translation>{count} απορρίφθηκαν (η υπογραφή τους δεν επαληθεύτηκε).</translation>
    </message>
    <message>
        <source>“{name}” belongs to another group; it cannot sync with this computer. Still waiting…</source>
        <translation>Το «{name}» ανήκει σε άλλη ομάδα· δεν μπορεί να συγχρονιστεί με αυτόν τον υπολογιστή. Αναμονή ακόμη…</translation>
    </message>
    <message>
        <source>“{name}” connected; checking the code…</source>
        <translation>Το «{name}» συνδέθηκε· έλεγχος του κωδικού…</translation>
    </message>
    <message>
        <source>“{name}” typed a wrong code; nothing was changed. Tries left: {count}.</source>
        <translation>Το «{name}» πληκτρολόγησε λάθος κωδικό· δεν άλλαξε τίποτα. Απομένουν προσπάθειες: {count}.</translation>
    </message>
    <message>
        <source>“{name}” typed the right code; syncing…</source>
        <translation>Το «{name}» πληκτρολόγησε τον σωστό κωδικό· συγχρονισμός…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>Αντι&amp;γραφή</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Επικό&amp;λληση</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ε&amp;πανάληψη</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Απο&amp;κοπή</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Επιλογή όλων</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>Ό&amp;χι</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ναι</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Ματαίωση</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Εφαρμογή</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Άκυρο</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Απόρριψη</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Βοήθεια</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Παράβλεψη</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Όχι σε ό&amp;λα</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Επαναφορά</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Επαναφορά προεπιλογών</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Επανάληψη</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Αποθήκευση όλων</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ναι σε &amp;όλα</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>Αντι&amp;γραφή</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Επικό&amp;λληση</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ε&amp;πανάληψη</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Αντιγραφή &amp;θέσης συνδέσμου</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Απο&amp;κοπή</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Επιλογή όλων</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>&amp;Mark all as reviewed</source>
        <translation>Σήμανση όλων ως &amp;ελεγμένων</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <extracomment>few columns: the pane beside the record is narrow at 150 % (the type is in the tool tip)</extracomment>
        <translation>(χωρίς τίτλο)</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>Προσθήκη &amp;σημείωσης…</translation>
    </message>
    <message>
        <source>Choose a record in the list first.</source>
        <translation>Επιλέξτε πρώτα μια εγγραφή στη λίστα.</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Τελευταία αλλαγή</translation>
    </message>
    <message>
        <source>Nothing to review: everything others shared has been reviewed.</source>
        <translation>Τίποτα για έλεγχο: όλα όσα κοινοποίησαν οι άλλοι έχουν ελεγχθεί.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Σημείωση ελέγχου</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note: {note}</source>
        <translation>Σημείωση ελέγχου: {note}</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Κοινοποιήθηκε από</translation>
    </message>
    <message>
        <source>Shared records to review</source>
        <translation>Κοινόχρηστες εγγραφές για έλεγχο</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Για έλεγχο</translation>
    </message>
    <message>
        <source>Write a reviewer&apos;s note on the chosen record</source>
        <translation>Γράψτε σημείωση ελέγχου για την επιλεγμένη εγγραφή</translation>
    </message>
    <message>
        <source>Your note on “{title}” travels with the record to everyone in the group. Only coordinators can write it.</source>
        <translation>Η σημείωσή σας για το «{title}» ταξιδεύει με την εγγραφή σε όλους στην ομάδα. Μόνο οι συντονιστές μπορούν να τη γράψουν.</translation>
    </message>
    <message>
        <source>{type}, last changed {when}</source>
        <translation>{type}, τελευταία αλλαγή {when}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Could not load demo data: {error}</source>
        <translation>Δεν ήταν δυνατή η φόρτωση των δεδομένων επίδειξης: {error}</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Τα δεδομένα επίδειξης φορτώθηκαν.</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <extracomment>startup.Opened: the replica and the lock that goes with it (set by ruraldesk.app); switch_workspace() replaces both</extracomment>
        <translation>Φόρτωση δεδομένων επίδειξης</translation>
    </message>
    <message>
        <source>Stopped loading demo data; what was loaded stays.</source>
        <translation>Η φόρτωση των δεδομένων επίδειξης διακόπηκε· όσα φορτώθηκαν παραμένουν.</translation>
    </message>
    <message>
        <source>The new data folder is used from the next start.</source>
        <translation>Ο νέος φάκελος δεδομένων χρησιμοποιείται από την επόμενη εκκίνηση.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Another RuralDesk window is already working on this workspace ({path}). Switch to that window, or close it and try again.</source>
        <translation>Ένα άλλο παράθυρο του RuralDesk εργάζεται ήδη σε αυτόν τον χώρο εργασίας ({path}). Μεταβείτε σε εκείνο το παράθυρο ή κλείστε το και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>Choose a folder for your workspace</source>
        <translation>Επιλέξτε φάκελο για τον χώρο εργασίας σας</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Επιλογή άλλου φακέλου…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Συνέχεια</translation>
    </message>
    <message>
        <source>Only {free} MB are free where your workspace is kept ({path}). RuralDesk may not be able to save your changes. Free some space (empty the computer&apos;s trash, remove large files), then continue.</source>
        <translation>Μόνο {free} MB είναι ελεύθερα εκεί όπου βρίσκεται ο χώρος εργασίας σας ({path}). Το RuralDesk ίσως δεν μπορέσει να αποθηκεύσει τις αλλαγές σας. Ελευθερώστε χώρο (αδειάστε τον κάδο του υπολογιστή, αφαιρέστε μεγάλα αρχεία) και συνεχίστε.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Έξοδος</translation>
    </message>
    <message>
        <source>RuralDesk is already open</source>
        <translation>Το RuralDesk είναι ήδη ανοιχτό</translation>
    </message>
    <message>
        <source>RuralDesk keeps your workspace in {folder}, but cannot write there ({reason}). Choose another folder you can write to, such as one in your documents.</source>
        <translation>Το RuralDesk κρατά τον χώρο εργασίας σας στο {folder}, αλλά δεν μπορεί να γράψει εκεί ({reason}). Επιλέξτε άλλο φάκελο στον οποίο μπορείτε να γράψετε, για παράδειγμα στα έγγραφά σας.</translation>
    </message>
    <message>
        <source>Show the backups</source>
        <translation>Εμφάνιση αντιγράφων ασφαλείας</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <extracomment>below this much free space a warning comes before anything is written</extracomment>
        <translation>Ο φάκελος δεδομένων δεν μπορεί να χρησιμοποιηθεί</translation>
    </message>
    <message>
        <source>The disk is almost full</source>
        <translation>Ο δίσκος είναι σχεδόν γεμάτος</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only. Choose another folder you can write to.</source>
        <translation>Ο φάκελος {folder} είναι μόνο για ανάγνωση. Επιλέξτε άλλο φάκελο στον οποίο μπορείτε να γράψετε.</translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του χώρου εργασίας</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Δοκιμή ξανά</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ο δίσκος είναι γεμάτος</translation>
    </message>
    <message>
        <source>{problem}

RuralDesk keeps automatic backups of your workspace in {backups}. You can restore one by copying it over the damaged file.</source>
        <translation>{problem}

Το RuralDesk κρατά αυτόματα αντίγραφα ασφαλείας του χώρου εργασίας σας στο {backups}. Μπορείτε να επαναφέρετε ένα αντιγράφοντάς το πάνω στο κατεστραμμένο αρχείο.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>Δ&amp;ιενέξεις…</translation>
    </message>
    <message>
        <source>&amp;Disconnect from the server…</source>
        <translation>&amp;Αποσύνδεση από τον διακομιστή…</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Ομάδα:</translation>
    </message>
    <message>
        <source>&amp;Group…</source>
        <translation>&amp;Ομάδα…</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>Κωδικός &amp;πρόσκλησης:</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <extracomment>passed on to the Transport (tests shorten the back-off) seconds the first question to the server may take, retries included callables(report) run on the UI thread after a sync that finished (ui/whatsnew.py)</extracomment>
        <translation>&amp;Συγχρονισμός τώρα</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>Δια&amp;κριτικό:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Το ό&amp;νομά σας:</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Το συνημμένο δεν είναι ακόμη εδώ</translation>
    </message>
    <message>
        <source>Attachment not on the server</source>
        <translation>Το συνημμένο δεν βρίσκεται στον διακομιστή</translation>
    </message>
    <message>
        <source>Changes waiting: {count}</source>
        <translation>Αλλαγές σε αναμονή: {count}</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Έλεγχος και αποθήκευση</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Έλεγχος…</translation>
    </message>
    <message>
        <source>Conflicts: {count}</source>
        <translation>Διενέξεις: {count}</translation>
    </message>
    <message>
        <source>Connected. Your token is kept in {where}.</source>
        <translation>Συνδέθηκε. Το διακριτικό σας φυλάσσεται {where}.</translation>
    </message>
    <message>
        <source>Connection check</source>
        <translation>Έλεγχος σύνδεσης</translation>
    </message>
    <message>
        <source>Could not download</source>
        <translation>Δεν ήταν δυνατή η λήψη</translation>
    </message>
    <message>
        <source>Could not keep the token: {error}</source>
        <translation>Δεν ήταν δυνατή η φύλαξη του διακριτικού: {error}</translation>
    </message>
    <message>
        <source>Disconnect from the server</source>
        <translation>Αποσύνδεση από τον διακομιστή</translation>
    </message>
    <message>
        <source>Downloading the attachment</source>
        <translation>Λήψη του συνημμένου</translation>
    </message>
    <message>
        <source>Enter the server address (starting with https://) and the group.</source>
        <translation>Εισαγάγετε τη διεύθυνση του διακομιστή (ξεκινά με https://) και την ομάδα.</translation>
    </message>
    <message>
        <source>Enter the token your coordinator gave you.</source>
        <translation>Εισαγάγετε το διακριτικό που σας έδωσε ο συντονιστής σας.</translation>
    </message>
    <message>
        <source>Everything is saved on this computer. Use Sync → Set up sync… to share it with your group.</source>
        <translation>Όλα είναι αποθηκευμένα σε αυτόν τον υπολογιστή. Χρησιμοποιήστε Συγχρονισμός → Ρύθμιση συγχρονισμού… για να τα μοιραστείτε με την ομάδα σας.</translation>
    </message>
    <message>
        <source>Group “{group}” at {url}</source>
        <translation>Ομάδα «{group}» στο {url}</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Κωδικός πρόσκλησης</translation>
    </message>
    <message>
        <source>Joining the group…</source>
        <translation>Ένταξη στην ομάδα…</translation>
    </message>
    <message>
        <source>Large change from the server</source>
        <translation>Μεγάλη αλλαγή από τον διακομιστή</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Δεν αποθηκεύτηκε: {why}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Δεν έχει συγχρονιστεί ακόμη</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Ανοιχτές διενέξεις</translation>
    </message>
    <message>
        <source>Or, with a personal token:</source>
        <translation>Ή, με προσωπικό διακριτικό:</translation>
    </message>
    <message>
        <source>Paste the invitation code your coordinator sent you: it holds the server&apos;s address and the group. With a personal token instead, leave it empty and fill in the fields below. The token is kept in the system&apos;s password store when there is one, otherwise in a file only you can read.</source>
        <translation>Επικολλήστε τον κωδικό πρόσκλησης που σας έστειλε ο συντονιστής σας: περιέχει τη διεύθυνση του διακομιστή και την ομάδα. Αν έχετε αντί γι&apos; αυτό προσωπικό διακριτικό, αφήστε το κενό και συμπληρώστε τα παρακάτω πεδία. Το διακριτικό φυλάσσεται στη διαχείριση κωδικών πρόσβασης του συστήματος, αν υπάρχει, αλλιώς σε αρχείο που μόνο εσείς μπορείτε να διαβάσετε.</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Επίλυση…</translation>
    </message>
    <message>
        <source>S&amp;top syncing</source>
        <translation>&amp;Διακοπή συγχρονισμού</translation>
    </message>
    <message>
        <source>Send your changes to the group server and get everyone else&apos;s</source>
        <translation>Αποστολή των αλλαγών σας στον διακομιστή της ομάδας και λήψη των αλλαγών των άλλων</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Διεύθυνση διακομιστή:</translation>
    </message>
    <message>
        <source>Set &amp;up sync…</source>
        <translation>&amp;Ρύθμιση συγχρονισμού…</translation>
    </message>
    <message>
        <source>Set up sync</source>
        <translation>Ρύθμιση συγχρονισμού</translation>
    </message>
    <message>
        <source>Stop syncing this workspace with the group server? Your records stay on this computer; changes not yet sent stay waiting. You can set up sync again later.</source>
        <translation>Διακοπή του συγχρονισμού αυτού του χώρου εργασίας με τον διακομιστή της ομάδας; Οι εγγραφές σας παραμένουν σε αυτόν τον υπολογιστή· οι αλλαγές που δεν έχουν σταλεί παραμένουν σε αναμονή. Μπορείτε να ρυθμίσετε ξανά τον συγχρονισμό αργότερα.</translation>
    </message>
    <message>
        <source>Syncing… {stage}</source>
        <translation>Συγχρονισμός… {stage}</translation>
    </message>
    <message>
        <source>The group server does not have this file yet: the person who attached it has not synced since.</source>
        <translation>Ο διακομιστής της ομάδας δεν έχει ακόμη αυτό το αρχείο: το άτομο που το επισύναψε δεν έχει συγχρονίσει από τότε.</translation>
    </message>
    <message>
        <source>The group server refused a change to this record ({fields}).</source>
        <translation>Ο διακομιστής της ομάδας απέρριψε μια αλλαγή σε αυτή την εγγραφή ({fields}).</translation>
    </message>
    <message>
        <source>The group server&apos;s changes would move {deletes} records to the trash, erase {erasures} and change {overwrites} — {total} of your {records} records ({share}).

This can be right (someone tidied up the shared records) or a mistake. Apply these changes now?</source>
        <translation>Οι αλλαγές του διακομιστή της ομάδας θα μετακινούσαν {deletes} εγγραφές στον κάδο απορριμμάτων, θα διέγραφαν οριστικά {erasures} και θα άλλαζαν {overwrites} — {total} από τις {records} εγγραφές σας ({share}).

Αυτό μπορεί να είναι σωστό (κάποιος τακτοποίησε τις κοινόχρηστες εγγραφές) ή λάθος. Να εφαρμοστούν αυτές οι αλλαγές τώρα;</translation>
    </message>
    <message>
        <source>The group&apos;s members; for coordinators, invitations, roles and people&apos;s data requests</source>
        <translation>Τα μέλη της ομάδας· για τους συντονιστές, προσκλήσεις, ρόλοι και αιτήματα για προσωπικά δεδομένα</translation>
    </message>
    <message>
        <source>This file is not on this computer, and this workspace is not connected to a group server.</source>
        <translation>Αυτό το αρχείο δεν βρίσκεται σε αυτόν τον υπολογιστή και αυτός ο χώρος εργασίας δεν είναι συνδεδεμένος σε διακομιστή ομάδας.</translation>
    </message>
    <message>
        <source>This record is in conflict ({fields}): two people changed it at once.</source>
        <translation>Αυτή η εγγραφή βρίσκεται σε διένεξη ({fields}): δύο άτομα την άλλαξαν ταυτόχρονα.</translation>
    </message>
    <message>
        <source>This workspace holds demo data. Demo data is fictional and never leaves this computer, so it cannot be shared with your group.

Use a new, empty workspace for your group&apos;s records? The demo workspace stays as it is.</source>
        <translation>Αυτός ο χώρος εργασίας περιέχει δεδομένα επίδειξης. Τα δεδομένα επίδειξης είναι φανταστικά και δεν φεύγουν ποτέ από αυτόν τον υπολογιστή, επομένως δεν μπορούν να κοινοποιηθούν στην ομάδα σας.

Να χρησιμοποιηθεί ένας νέος, κενός χώρος εργασίας για τις εγγραφές της ομάδας σας; Ο χώρος εργασίας επίδειξης παραμένει ως έχει.</translation>
    </message>
    <message>
        <source>Up to date · {when}</source>
        <translation>Ενημερωμένο · {when}</translation>
    </message>
    <message>
        <source>Working offline: no group server connected</source>
        <translation>Εργασία εκτός σύνδεσης: δεν υπάρχει συνδεδεμένος διακομιστής ομάδας</translation>
    </message>
    <message>
        <source>You are now in the new, empty workspace “{name}”. The demo workspace stays as it is.</source>
        <translation>Βρίσκεστε τώρα στον νέο, κενό χώρο εργασίας «{name}». Ο χώρος εργασίας επίδειξης παραμένει ως έχει.</translation>
    </message>
    <message>
        <source>a file only you can read ({path})</source>
        <translation>σε αρχείο που μόνο εσείς μπορείτε να διαβάσετε ({path})</translation>
    </message>
    <message>
        <source>checking the server</source>
        <translation>έλεγχος του διακομιστή</translation>
    </message>
    <message>
        <source>could not reach the server</source>
        <translation>δεν ήταν δυνατή η επικοινωνία με τον διακομιστή</translation>
    </message>
    <message>
        <source>could not reach the server: {reason}</source>
        <translation>δεν ήταν δυνατή η επικοινωνία με τον διακομιστή: {reason}</translation>
    </message>
    <message>
        <source>enter a new token under Sync → Set up sync…</source>
        <translation>εισαγάγετε νέο διακριτικό στο Συγχρονισμός → Ρύθμιση συγχρονισμού…</translation>
    </message>
    <message>
        <source>kept from before; type to replace it</source>
        <translation>διατηρήθηκε από πριν· πληκτρολογήστε για να το αντικαταστήσετε</translation>
    </message>
    <message>
        <source>last synced at {time}</source>
        <translation>τελευταίος συγχρονισμός στις {time}</translation>
    </message>
    <message>
        <source>optional: your name as the group knows it</source>
        <translation>προαιρετικό: το όνομά σας όπως το γνωρίζει η ομάδα</translation>
    </message>
    <message>
        <source>press F5 to try again</source>
        <translation>πατήστε F5 για να δοκιμάσετε ξανά</translation>
    </message>
    <message>
        <source>receiving attachments</source>
        <translation>λήψη συνημμένων</translation>
    </message>
    <message>
        <source>receiving changes</source>
        <translation>λήψη αλλαγών</translation>
    </message>
    <message>
        <source>saving what arrived</source>
        <translation>αποθήκευση όσων έφτασαν</translation>
    </message>
    <message>
        <source>sending attachments</source>
        <translation>αποστολή συνημμένων</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>αποστολή αλλαγών</translation>
    </message>
    <message>
        <source>set up sync in a new, empty workspace</source>
        <translation>ρυθμίστε τον συγχρονισμό σε νέο, κενό χώρο εργασίας</translation>
    </message>
    <message>
        <source>something went wrong</source>
        <translation>κάτι πήγε στραβά</translation>
    </message>
    <message>
        <source>something went wrong ({reason}); the details are in the log</source>
        <translation>κάτι πήγε στραβά ({reason})· οι λεπτομέρειες βρίσκονται στο αρχείο καταγραφής</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>διακοπή</translation>
    </message>
    <message>
        <source>the server did not accept this token for this group; check it, or ask your coordinator for a new one</source>
        <translation>ο διακομιστής δεν δέχτηκε αυτό το διακριτικό για αυτή την ομάδα· ελέγξτε το ή ζητήστε νέο από τον συντονιστή σας</translation>
    </message>
    <message>
        <source>the server did not accept your token</source>
        <translation>ο διακομιστής δεν δέχτηκε το διακριτικό σας</translation>
    </message>
    <message>
        <source>the server did not accept your token; ask your coordinator for a new one and enter it under Sync → Set up sync…</source>
        <translation>ο διακομιστής δεν δέχτηκε το διακριτικό σας· ζητήστε νέο από τον συντονιστή σας και εισαγάγετέ το στο Συγχρονισμός → Ρύθμιση συγχρονισμού…</translation>
    </message>
    <message>
        <source>the server refused the request</source>
        <translation>ο διακομιστής απέρριψε το αίτημα</translation>
    </message>
    <message>
        <source>the server refused the request: {reason}</source>
        <translation>ο διακομιστής απέρριψε το αίτημα: {reason}</translation>
    </message>
    <message>
        <source>the system&apos;s password store</source>
        <translation>στη διαχείριση κωδικών πρόσβασης του συστήματος</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never leaves this computer; set up sync in a new, empty workspace</source>
        <translation>αυτός ο χώρος εργασίας περιέχει δεδομένα επίδειξης, που δεν φεύγουν ποτέ από αυτόν τον υπολογιστή· ρυθμίστε τον συγχρονισμό σε νέο, κενό χώρο εργασίας</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never syncs</source>
        <translation>αυτός ο χώρος εργασίας περιέχει δεδομένα επίδειξης, που δεν συγχρονίζονται ποτέ</translation>
    </message>
    <message>
        <source>trying again at {time}</source>
        <translation>νέα προσπάθεια στις {time}</translation>
    </message>
    <message>
        <source>you chose not to apply the server&apos;s large change</source>
        <translation>επιλέξατε να μην εφαρμοστεί η μεγάλη αλλαγή του διακομιστή</translation>
    </message>
    <message>
        <source>you stopped it</source>
        <translation>τον διακόψατε</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} από {total}</translation>
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
        <translation>Αγροοικολογία</translation>
    </message>
    <message>
        <source>Co-design with authorities</source>
        <translation>Συνδιαμόρφωση με τις αρχές</translation>
    </message>
    <message>
        <source>Community transport</source>
        <translation>Κοινοτικές μεταφορές</translation>
    </message>
    <message>
        <source>Digital platform cooperatives</source>
        <translation>Συνεταιρισμοί ψηφιακών πλατφορμών</translation>
    </message>
    <message>
        <source>Education and services</source>
        <translation>Εκπαίδευση και υπηρεσίες</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Ενέργεια</translation>
    </message>
    <message>
        <source>Energy communities</source>
        <translation>Ενεργειακές κοινότητες</translation>
    </message>
    <message>
        <source>Enterprise development and employment</source>
        <translation>Ανάπτυξη επιχειρήσεων και απασχόληση</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Υγειονομική περίθαλψη</translation>
    </message>
    <message>
        <source>Local entrepreneurship</source>
        <translation>Τοπική επιχειρηματικότητα</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Κινητικότητα</translation>
    </message>
    <message>
        <source>Policy and legal frameworks</source>
        <translation>Πλαίσια πολιτικής και νομικά πλαίσια</translation>
    </message>
    <message>
        <source>Short food supply chains</source>
        <translation>Σύντομες αλυσίδες εφοδιασμού τροφίμων</translation>
    </message>
    <message>
        <source>Social inclusion</source>
        <translation>Κοινωνική ένταξη</translation>
    </message>
    <message>
        <source>Solidarity networks</source>
        <translation>Δίκτυα αλληλεγγύης</translation>
    </message>
    <message>
        <source>Sustainable agriculture and food</source>
        <translation>Βιώσιμη γεωργία και διατροφή</translation>
    </message>
    <message>
        <source>Work integration</source>
        <translation>Ένταξη στην εργασία</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>&amp;Back up the workspace to a file…</source>
        <translation>&amp;Αντίγραφο ασφαλείας του χώρου εργασίας σε αρχείο…</translation>
    </message>
    <message>
        <source>&amp;Contacts to merge (ticked):</source>
        <translation>&amp;Επαφές για συγχώνευση (επιλεγμένες):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Χώρα:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Κωδικοποίηση:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Οριστική διαγραφή</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>Ε&amp;ξαγωγή…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Μορφή:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Ομάδες:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>&quot;(detected)&quot; marks what the detector said, not whatever the file was read again with</extracomment>
        <translation>&amp;Εισαγωγή</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <extracomment>the CSV export&apos;s BOM choice is remembered for the session</extracomment>
        <translation>&amp;Εισαγωγή…</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Διατήρηση:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Συγχώνευση</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>Άνοιγμα &amp;επαφής</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>Άνοιγμα &amp;εγγραφής</translation>
    </message>
    <message>
        <source>&amp;Practice sheet…</source>
        <translation>&amp;Δελτίο πρακτικής…</translation>
    </message>
    <message>
        <source>&amp;Read it this way</source>
        <translation>&amp;Ανάγνωση με αυτόν τον τρόπο</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Εγγραφές:</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup file…</source>
        <translation>Επανα&amp;φορά από αρχείο αντιγράφου ασφαλείας…</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Διαχωριστικό:</translation>
    </message>
    <message>
        <source>&amp;Use this country</source>
        <translation>&amp;Χρήση αυτής της χώρας</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>(εντοπίστηκε)</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(μη αναγνώσιμο)</translation>
    </message>
    <message>
        <source>(nothing to compare)</source>
        <translation>(τίποτα για σύγκριση)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {size}, {count} columns</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {size}, στήλες: {count}</translation>
    </message>
    <message>
        <source>A .vcf file that address books and phones can read.</source>
        <translation>Αρχείο .vcf που μπορούν να διαβάσουν τα βιβλία διευθύνσεων και τα τηλέφωνα.</translation>
    </message>
    <message>
        <source>A backup can only be restored into an empty workspace, and this one already holds {practices} practices, {contacts} contacts and {tools} tools. Nothing was changed.

To restore, choose a new, empty data folder under File → Settings, restart RuralDesk, and restore there.</source>
        <translation>Ένα αντίγραφο ασφαλείας μπορεί να επαναφερθεί μόνο σε κενό χώρο εργασίας, και αυτός περιέχει ήδη πρακτικές ({practices}), επαφές ({contacts}) και εργαλεία ({tools}). Δεν άλλαξε τίποτα.

Για επαναφορά, επιλέξτε νέο, κενό φάκελο δεδομένων στο Αρχείο → Ρυθμίσεις, επανεκκινήστε το RuralDesk και κάντε την επαναφορά εκεί.</translation>
    </message>
    <message>
        <source>A printable sheet (PDF or Markdown) of the practice shown, or of several</source>
        <translation>Εκτυπώσιμο δελτίο (PDF ή Markdown) της εμφανιζόμενης πρακτικής ή περισσότερων</translation>
    </message>
    <message>
        <source>A sheet to print or share: the key facts, what was done, what was learned, and who to ask. Headings are in each practice&apos;s language.</source>
        <translation>Ένα δελτίο για εκτύπωση ή κοινοποίηση: τα βασικά στοιχεία, τι έγινε, τι διδαχτήκαμε και σε ποιον να απευθυνθείτε. Οι επικεφαλίδες είναι στη γλώσσα κάθε πρακτικής.</translation>
    </message>
    <message>
        <source>A sync is running. Wait until it has finished, then restore again.</source>
        <translation>Εκτελείται συγχρονισμός. Περιμένετε να ολοκληρωθεί και δοκιμάστε ξανά την επαναφορά.</translation>
    </message>
    <message>
        <source>Attachments not on this computer (kept on the group server) are not in the backup: {count}.</source>
        <translation>Συνημμένα που δεν βρίσκονται σε αυτόν τον υπολογιστή (φυλάσσονται στον διακομιστή της ομάδας) δεν περιλαμβάνονται στο αντίγραφο ασφαλείας: {count}.</translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation>Αντίγραφο ασφαλείας του χώρου εργασίας</translation>
    </message>
    <message>
        <source>Backed up {records} records and {files} attachment files to {path}.</source>
        <translation>Δημιουργήθηκε αντίγραφο ασφαλείας {records} εγγραφών και {files} αρχείων συνημμένων στο {path}.</translation>
    </message>
    <message>
        <source>Backing up to {name}</source>
        <translation>Αντίγραφο ασφαλείας στο {name}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Το αντίγραφο ασφαλείας δημιουργήθηκε</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Το αντίγραφο ασφαλείας επαναφέρθηκε</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>Αντίγραφα ασφαλείας (*.zip)</translation>
    </message>
    <message>
        <source>Backups (*.zip);;All files (*)</source>
        <translation>Αντίγραφα ασφαλείας (*.zip);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Bring a backup back into an empty workspace</source>
        <translation>Επαναφορά αντιγράφου ασφαλείας σε κενό χώρο εργασίας</translation>
    </message>
    <message>
        <source>Bring in contacts, practices or tools from a CSV/TSV table or a vCard file</source>
        <translation>Εισαγωγή επαφών, πρακτικών ή εργαλείων από πίνακα CSV/TSV ή αρχείο vCard</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Πίνακες CSV (*.csv)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Κάρτα</translation>
    </message>
    <message>
        <source>Cards read: {count}</source>
        <translation>Κάρτες που διαβάστηκαν: {count}</translation>
    </message>
    <message>
        <source>Cards with a problem: {count}</source>
        <translation>Κάρτες με πρόβλημα: {count}</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>Έλεγχος του {name}</translation>
    </message>
    <message>
        <source>Choose the encoding</source>
        <translation>Επιλογή κωδικοποίησης</translation>
    </message>
    <message>
        <source>Choose the field each column goes into, or leave it out.</source>
        <translation>Επιλέξτε το πεδίο στο οποίο πηγαίνει κάθε στήλη ή παραλείψτε τη.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Στήλη</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Στήλη στο αρχείο</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Στήλες</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}</source>
        <translation>Στήλες που δεν εισήχθησαν: {columns}</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Στήλες του αρχείου</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Κόμμα ( , )</translation>
    </message>
    <message>
        <source>Contact to keep</source>
        <translation>Επαφή προς διατήρηση</translation>
    </message>
    <message>
        <source>Contacts that look like the same person or organisation, to merge</source>
        <translation>Επαφές που μοιάζουν να είναι το ίδιο πρόσωπο ή ο ίδιος οργανισμός, για συγχώνευση</translation>
    </message>
    <message>
        <source>Contacts to merge</source>
        <translation>Επαφές για συγχώνευση</translation>
    </message>
    <message>
        <source>Country of the phone numbers</source>
        <translation>Χώρα των αριθμών τηλεφώνου</translation>
    </message>
    <message>
        <source>Delete the contact for good, everywhere, and list the mentions to review</source>
        <translation>Οριστική διαγραφή της επαφής, παντού, και κατάλογος των αναφορών προς έλεγχο</translation>
    </message>
    <message>
        <source>Double-click to open the contact already here</source>
        <translation>Διπλό κλικ για άνοιγμα της επαφής που υπάρχει ήδη</translation>
    </message>
    <message>
        <source>Duplicate contacts</source>
        <translation>Διπλότυπες επαφές</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>&amp;Οριστική διαγραφή του ατόμου…</translation>
    </message>
    <message>
        <source>E&amp;xport everything about this person…</source>
        <translation>Ε&amp;ξαγωγή όλων των στοιχείων του ατόμου…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Οριστική διαγραφή</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Οριστική διαγραφή του ατόμου</translation>
    </message>
    <message>
        <source>Erase “{name}” and everything held about them?</source>
        <translation>Οριστική διαγραφή του «{name}» και όλων όσων φυλάσσονται γι&apos; αυτό το άτομο;</translation>
    </message>
    <message>
        <source>Erasing {name}</source>
        <translation>Οριστική διαγραφή του {name}</translation>
    </message>
    <message>
        <source>Every contact in the list ({count})</source>
        <translation>Όλες οι επαφές της λίστας ({count})</translation>
    </message>
    <message>
        <source>Every practice in the list ({count}), in one document</source>
        <translation>Όλες οι πρακτικές της λίστας ({count}), σε ένα έγγραφο</translation>
    </message>
    <message>
        <source>Every row must be right before anything is imported. Fix these rows in the file and import it again, or import only the valid rows.</source>
        <translation>Κάθε γραμμή πρέπει να είναι σωστή πριν εισαχθεί οτιδήποτε. Διορθώστε αυτές τις γραμμές στο αρχείο και εισαγάγετέ το ξανά ή εισαγάγετε μόνο τις έγκυρες γραμμές.</translation>
    </message>
    <message>
        <source>Everything about “{name}” was saved to {path}</source>
        <translation>Όλα τα στοιχεία για το «{name}» αποθηκεύτηκαν στο {path}</translation>
    </message>
    <message>
        <source>Everything in this workspace, attachments included, in one file</source>
        <translation>Ολόκληρος ο χώρος εργασίας, μαζί με τα συνημμένα, σε ένα αρχείο</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Παράδειγμα</translation>
    </message>
    <message>
        <source>Excel on Windows shows accented letters correctly only with this mark</source>
        <translation>Το Excel στα Windows εμφανίζει σωστά τους ελληνικούς και τονισμένους χαρακτήρες μόνο με αυτό το σήμα</translation>
    </message>
    <message>
        <source>Export contacts as &amp;vCard…</source>
        <translation>Εξαγωγή επαφών σε &amp;vCard…</translation>
    </message>
    <message>
        <source>Export contacts as vCard</source>
        <translation>Εξαγωγή επαφών σε vCard</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Εξαγωγή όλων των στοιχείων του ατόμου</translation>
    </message>
    <message>
        <source>Export list as &amp;CSV…</source>
        <translation>Εξαγωγή λίστας σε &amp;CSV…</translation>
    </message>
    <message>
        <source>Export list as CSV</source>
        <translation>Εξαγωγή λίστας σε CSV</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Εξαγωγή:</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {path}</source>
        <translation>Εξήχθησαν {count} επαφές στο {path}</translation>
    </message>
    <message>
        <source>Exported {count} records to {path}</source>
        <translation>Εξήχθησαν {count} εγγραφές στο {path}</translation>
    </message>
    <message>
        <source>Exporting to {name}</source>
        <translation>Εξαγωγή στο {name}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Πεδίο</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Αρχείο για εισαγωγή</translation>
    </message>
    <message>
        <source>Find &amp;duplicate contacts…</source>
        <translation>Εύρεση διπλότυπων ε&amp;παφών…</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Βρέθηκε</translation>
    </message>
    <message>
        <source>Groups of likely duplicates</source>
        <translation>Ομάδες πιθανών διπλοτύπων</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Εισαγωγή</translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation>Εισαγωγή &amp;ως:</translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>Εισαγωγή πίνακα</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Λεπτομέρειες εισαγωγής</translation>
    </message>
    <message>
        <source>Import findings</source>
        <translation>Ευρήματα εισαγωγής</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Εισαγωγή σε</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Αναφορά εισαγωγής</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Αποτέλεσμα εισαγωγής</translation>
    </message>
    <message>
        <source>Import the column “{name}” into</source>
        <translation>Εισαγωγή της στήλης «{name}» στο</translation>
    </message>
    <message>
        <source>Import the rows without a problem and leave the others out</source>
        <translation>Εισαγωγή των γραμμών χωρίς πρόβλημα και παράλειψη των υπολοίπων</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>Εισαγωγή μόνο των έγκυρων γραμμών</translation>
    </message>
    <message>
        <source>Import the valid rows only ({count})</source>
        <translation>Εισαγωγή μόνο των έγκυρων γραμμών ({count})</translation>
    </message>
    <message>
        <source>Imported: {count}</source>
        <translation>Εισήχθησαν: {count}</translation>
    </message>
    <message>
        <source>Imported: {count} {what}.</source>
        <translation>Εισήχθησαν: {count} {what}.</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Εισαγωγή του {name}</translation>
    </message>
    <message>
        <source>It did not work: {reason}</source>
        <translation>Δεν λειτούργησε: {reason}</translation>
    </message>
    <message>
        <source>Its links are removed from {count} linked records.</source>
        <translation>Οι σύνδεσμοί του αφαιρούνται από {count} συνδεδεμένες εγγραφές.</translation>
    </message>
    <message>
        <source>Its past values are scrubbed from the history of changes.</source>
        <translation>Οι προηγούμενες τιμές του σβήνονται από το ιστορικό αλλαγών.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Αρχεία JSON (*.json)</translation>
    </message>
    <message>
        <source>Looking for duplicate contacts</source>
        <translation>Αναζήτηση διπλότυπων επαφών</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Μοιάζει με</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Κείμενο Markdown</translation>
    </message>
    <message>
        <source>Mentions of the person&apos;s name, e-mails or phones in other records&apos; text are not changed: you get a list of them to review afterwards.</source>
        <translation>Οι αναφορές στο όνομα, στα email ή στα τηλέφωνα του ατόμου μέσα στο κείμενο άλλων εγγραφών δεν αλλάζουν: θα λάβετε έναν κατάλογό τους για έλεγχο στη συνέχεια.</translation>
    </message>
    <message>
        <source>Mentions to review</source>
        <translation>Αναφορές προς έλεγχο</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Συγχώνευση επαφών</translation>
    </message>
    <message>
        <source>Merge the ticked contacts into the one kept</source>
        <translation>Συγχώνευση των επιλεγμένων επαφών σε αυτή που διατηρείται</translation>
    </message>
    <message>
        <source>Merged {count} contacts into one; records relinked: {relinked}.</source>
        <translation>Συγχωνεύτηκαν {count} επαφές σε μία· εγγραφές που συνδέθηκαν εκ νέου: {relinked}.</translation>
    </message>
    <message>
        <source>Names as {encoding} reads them</source>
        <translation>Τα ονόματα όπως τα διαβάζει η κωδικοποίηση {encoding}</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>Δεν δημιουργήθηκε αντίγραφο ασφαλείας: {reason}</translation>
    </message>
    <message>
        <source>No column goes into a field yet: choose at least one.</source>
        <translation>Καμία στήλη δεν αντιστοιχεί ακόμη σε πεδίο: επιλέξτε τουλάχιστον μία.</translation>
    </message>
    <message>
        <source>No likely duplicates</source>
        <translation>Κανένα πιθανό διπλότυπο</translation>
    </message>
    <message>
        <source>No likely duplicates were found.</source>
        <translation>Δεν βρέθηκαν πιθανά διπλότυπα.</translation>
    </message>
    <message>
        <source>No other record links to it.</source>
        <translation>Καμία άλλη εγγραφή δεν συνδέεται με αυτήν.</translation>
    </message>
    <message>
        <source>No phone region is set for this workspace.</source>
        <translation>Δεν έχει οριστεί περιοχή τηλεφώνων για αυτόν τον χώρο εργασίας.</translation>
    </message>
    <message>
        <source>Not imported ({count})</source>
        <translation>Δεν εισήχθησαν ({count})</translation>
    </message>
    <message>
        <source>Not imported: no country was chosen for the phone numbers of {name}. Nothing was changed.</source>
        <translation>Δεν εισήχθη: δεν επιλέχθηκε χώρα για τους αριθμούς τηλεφώνου του {name}. Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>Not imported: no encoding was chosen for {name}. Nothing was changed.</source>
        <translation>Δεν εισήχθη: δεν επιλέχθηκε κωδικοποίηση για το {name}. Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>Not set (asked when needed)</source>
        <translation>Δεν έχει οριστεί (ερωτάται όταν χρειάζεται)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>Nothing was erased: {reason}</source>
        <translation>Δεν διαγράφηκε οριστικά τίποτα: {reason}</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Δεν εξήχθη τίποτα: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Δεν εισήχθη τίποτα.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file holds no records.</source>
        <translation>Δεν εισήχθη τίποτα: το αρχείο δεν περιέχει εγγραφές.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Δεν εισήχθη τίποτα: {reason}</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Δεν επαναφέρθηκε τίποτα: {reason}</translation>
    </message>
    <message>
        <source>Only the valid rows were imported; the rows below were left out.</source>
        <translation>Εισήχθησαν μόνο οι έγκυρες γραμμές· οι παρακάτω γραμμές παραλείφθηκαν.</translation>
    </message>
    <message>
        <source>Open the highlighted contact</source>
        <translation>Άνοιγμα της επισημασμένης επαφής</translation>
    </message>
    <message>
        <source>Open the highlighted record</source>
        <translation>Άνοιγμα της επισημασμένης εγγραφής</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Έγγραφο PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Έγγραφα PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Phone numbers without a country code</source>
        <translation>Αριθμοί τηλεφώνου χωρίς κωδικό χώρας</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as {country}.</source>
        <translation>Οι αριθμοί τηλεφώνου χωρίς κωδικό χώρας διαβάζονται ως: {country}.</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Περιοχή τηλεφώνων</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Πιθανά διπλότυπα</translation>
    </message>
    <message>
        <source>Possible duplicates ({count})</source>
        <translation>Πιθανά διπλότυπα ({count})</translation>
    </message>
    <message>
        <source>Possibly already here: {count} (see “Possible duplicates”)</source>
        <translation>Ίσως υπάρχουν ήδη: {count} (βλ. «Πιθανά διπλότυπα»)</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Δελτίο πρακτικής</translation>
    </message>
    <message>
        <source>Practice sheets written: {count}, in {path}</source>
        <translation>Δελτία πρακτικών που γράφτηκαν: {count}, στο {path}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Προεπισκόπηση</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Προεπισκόπηση της εισαγωγής</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Σύνοψη προεπισκόπησης</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Πρόβλημα</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Προβλήματα</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Προβλήματα ({count})</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Ιδιότητα</translation>
    </message>
    <message>
        <source>Read as {encoding}</source>
        <translation>Ανάγνωση ως {encoding}</translation>
    </message>
    <message>
        <source>Read as: {preset}</source>
        <translation>Ανάγνωση ως: {preset}</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>Νέα ανάγνωση του αρχείου…</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Ανάγνωση του {name}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Έτοιμο</translation>
    </message>
    <message>
        <source>Recognised export</source>
        <translation>Αναγνωρισμένη εξαγωγή</translation>
    </message>
    <message>
        <source>Recognised: &lt;b&gt;{preset}&lt;/b&gt;. Its columns are matched below; check them before importing.</source>
        <translation>Αναγνωρίστηκε: &lt;b&gt;{preset}&lt;/b&gt;. Οι στήλες του αντιστοιχίζονται παρακάτω· ελέγξτε τις πριν από την εισαγωγή.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Εγγραφή</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Επαναφορά από αρχείο αντιγράφου ασφαλείας</translation>
    </message>
    <message>
        <source>Restore {count} records from {name} (made on {date}) into this empty workspace?</source>
        <translation>Επαναφορά {count} εγγραφών από το {name} (δημιουργήθηκε στις {date}) σε αυτόν τον κενό χώρο εργασίας;</translation>
    </message>
    <message>
        <source>Restored {records} records and {files} attachment files from {name}.</source>
        <translation>Επαναφέρθηκαν {records} εγγραφές και {files} αρχεία συνημμένων από το {name}.</translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation>Επαναφορά του {name}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Γραμμή</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; all ready to import.</source>
        <translation>Γραμμές σε προεπισκόπηση: {count}· όλες έτοιμες για εισαγωγή.</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; with a problem: {bad}. Fix them in the file, or change the columns above.</source>
        <translation>Γραμμές σε προεπισκόπηση: {count}· με πρόβλημα: {bad}. Διορθώστε τις στο αρχείο ή αλλάξτε τις στήλες παραπάνω.</translation>
    </message>
    <message>
        <source>Rows read: {count}</source>
        <translation>Γραμμές που διαβάστηκαν: {count}</translation>
    </message>
    <message>
        <source>Rows with a problem: {count}</source>
        <translation>Γραμμές με πρόβλημα: {count}</translation>
    </message>
    <message>
        <source>Save the list shown, with its columns and filters, as a table</source>
        <translation>Αποθήκευση της εμφανιζόμενης λίστας, με τις στήλες και τα φίλτρα της, ως πίνακα</translation>
    </message>
    <message>
        <source>Save the selected contacts, or the whole list, for an address book or a phone</source>
        <translation>Αποθήκευση των επιλεγμένων επαφών ή ολόκληρης της λίστας για βιβλίο διευθύνσεων ή τηλέφωνο</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Ερωτηματικό ( ; )</translation>
    </message>
    <message>
        <source>Show a contact first.</source>
        <translation>Εμφανίστε πρώτα μια επαφή.</translation>
    </message>
    <message>
        <source>Show a practice, or the list of practices, to make sheets of them.</source>
        <translation>Εμφανίστε μια πρακτική ή τη λίστα πρακτικών για να δημιουργήσετε δελτία.</translation>
    </message>
    <message>
        <source>Show the contacts (or search for some) and select the ones to export.</source>
        <translation>Εμφανίστε τις επαφές (ή αναζητήστε κάποιες) και επιλέξτε αυτές που θα εξαχθούν.</translation>
    </message>
    <message>
        <source>Stopped: {what}. Nothing was changed.</source>
        <translation>Διακόπηκε: {what}. Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Στηλοθέτης</translation>
    </message>
    <message>
        <source>Tables and address books (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Πίνακες και βιβλία διευθύνσεων (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Κείμενο</translation>
    </message>
    <message>
        <source>The choice can still be changed under “Encoding” in the next step.</source>
        <translation>Η επιλογή μπορεί ακόμη να αλλάξει στο «Κωδικοποίηση» στο επόμενο βήμα.</translation>
    </message>
    <message>
        <source>The contact is deleted from this computer for good: not to the trash, and it cannot be undone.</source>
        <translation>Η επαφή διαγράφεται οριστικά από αυτόν τον υπολογιστή: δεν πηγαίνει στον κάδο απορριμμάτων και η ενέργεια δεν αναιρείται.</translation>
    </message>
    <message>
        <source>The contact, its history and every record linked to or mentioning it, as JSON</source>
        <translation>Η επαφή, το ιστορικό της και κάθε εγγραφή που συνδέεται με αυτήν ή την αναφέρει, σε JSON</translation>
    </message>
    <message>
        <source>The contacts were not exported: {reason}</source>
        <translation>Οι επαφές δεν εξήχθησαν: {reason}</translation>
    </message>
    <message>
        <source>The contacts were not merged: {reason}</source>
        <translation>Οι επαφές δεν συγχωνεύτηκαν: {reason}</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code, for this workspace</source>
        <translation>Η χώρα των αριθμών τηλεφώνου που γράφονται χωρίς κωδικό χώρας, για αυτόν τον χώρο εργασίας</translation>
    </message>
    <message>
        <source>The file cannot be previewed: {reason}</source>
        <translation>Δεν είναι δυνατή η προεπισκόπηση του αρχείου: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read that way: {reason}</source>
        <translation>Το αρχείο δεν μπορεί να διαβαστεί με αυτόν τον τρόπο: {reason}</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows with a problem are marked; the import stops if any row of the file has one.</source>
        <translation>Οι πρώτες γραμμές όπως θα αποθηκευτούν. Οι γραμμές με πρόβλημα επισημαίνονται· η εισαγωγή σταματά αν οποιαδήποτε γραμμή του αρχείου έχει πρόβλημα.</translation>
    </message>
    <message>
        <source>The letters of {name} can be read in more than one way, and we cannot tell which is right. Choose the column where the names are written correctly.</source>
        <translation>Τα γράμματα του {name} μπορούν να διαβαστούν με περισσότερους από έναν τρόπους και δεν μπορούμε να πούμε ποιος είναι ο σωστός. Επιλέξτε τη στήλη όπου τα ονόματα είναι γραμμένα σωστά.</translation>
    </message>
    <message>
        <source>The list was not exported: {reason}</source>
        <translation>Η λίστα δεν εξήχθη: {reason}</translation>
    </message>
    <message>
        <source>The phone region was not saved: {reason}</source>
        <translation>Η περιοχή τηλεφώνων δεν αποθηκεύτηκε: {reason}</translation>
    </message>
    <message>
        <source>The practice shown: {title}</source>
        <translation>Η εμφανιζόμενη πρακτική: {title}</translation>
    </message>
    <message>
        <source>The records the search found, with the columns the list shows for their type.</source>
        <translation>Οι εγγραφές που βρήκε η αναζήτηση, με τις στήλες που εμφανίζει η λίστα για τον τύπο τους.</translation>
    </message>
    <message>
        <source>The search for duplicates stopped: {reason}</source>
        <translation>Η αναζήτηση διπλοτύπων σταμάτησε: {reason}</translation>
    </message>
    <message>
        <source>The search found nothing to export.</source>
        <translation>Η αναζήτηση δεν βρήκε τίποτα για εξαγωγή.</translation>
    </message>
    <message>
        <source>The selected contacts ({count})</source>
        <translation>Οι επιλεγμένες επαφές ({count})</translation>
    </message>
    <message>
        <source>The selected practices ({count}), in one document</source>
        <translation>Οι επιλεγμένες πρακτικές ({count}), σε ένα έγγραφο</translation>
    </message>
    <message>
        <source>The sheet was not written: {reason}</source>
        <translation>Το δελτίο δεν γράφτηκε: {reason}</translation>
    </message>
    <message>
        <source>The trash cannot be exported. Choose practices, contacts, tools or themes.</source>
        <translation>Ο κάδος απορριμμάτων δεν μπορεί να εξαχθεί. Επιλέξτε πρακτικές, επαφές, εργαλεία ή θέματα.</translation>
    </message>
    <message>
        <source>These contacts look like the same person or organisation. Merging keeps one contact, fills its empty fields from the others, moves every link and attachment to it, and moves the others to the trash (restorable).</source>
        <translation>Αυτές οι επαφές μοιάζουν να είναι το ίδιο πρόσωπο ή ο ίδιος οργανισμός. Η συγχώνευση διατηρεί μία επαφή, συμπληρώνει τα κενά πεδία της από τις άλλες, μεταφέρει σε αυτήν κάθε σύνδεσμο και συνημμένο και μετακινεί τις άλλες στον κάδο απορριμμάτων (με δυνατότητα επαναφοράς).</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}</source>
        <translation>Αυτό το αρχείο δεν μπορεί να εισαχθεί: {reason}</translation>
    </message>
    <message>
        <source>This file cannot be restored: {reason}</source>
        <translation>Αυτό το αρχείο δεν μπορεί να επαναφερθεί: {reason}</translation>
    </message>
    <message>
        <source>This is asked once and kept for the workspace; File → Settings changes it. Numbers with a country code, and rows that name a country, are read as they are.</source>
        <translation>Αυτό ερωτάται μία φορά και διατηρείται για τον χώρο εργασίας· αλλάζει από το Αρχείο → Ρυθμίσεις. Οι αριθμοί με κωδικό χώρας και οι γραμμές που αναφέρουν χώρα διαβάζονται όπως είναι.</translation>
    </message>
    <message>
        <source>This row has a problem</source>
        <translation>Αυτή η γραμμή έχει πρόβλημα</translation>
    </message>
    <message>
        <source>This workspace is not shared with a group server; copies elsewhere (backups, exports) are not touched.</source>
        <translation>Αυτός ο χώρος εργασίας δεν είναι κοινόχρηστος μέσω διακομιστή ομάδας· τα αντίγραφα σε άλλα σημεία (αντίγραφα ασφαλείας, εξαγωγές) δεν επηρεάζονται.</translation>
    </message>
    <message>
        <source>This workspace is shared: the erasure is sent to the group server at the next sync, and every member&apos;s copy erases it too.</source>
        <translation>Αυτός ο χώρος εργασίας είναι κοινόχρηστος: η οριστική διαγραφή στέλνεται στον διακομιστή της ομάδας στον επόμενο συγχρονισμό και διαγράφεται και από το αντίγραφο κάθε μέλους.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Τύπος</translation>
    </message>
    <message>
        <source>UTF-8 with &amp;BOM, for Excel</source>
        <translation>UTF-8 με &amp;BOM, για το Excel</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <extracomment>the collections a table can be imported into</extracomment>
        <translation>UTF-8 με BOM</translation>
    </message>
    <message>
        <source>UTF-8 with BOM, for Excel</source>
        <translation>UTF-8 με BOM, για το Excel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Κάθετη γραμμή ( | )</translation>
    </message>
    <message>
        <source>Wait until the work in progress (an import, an export) has finished, then restore again.</source>
        <translation>Περιμένετε να ολοκληρωθεί η εργασία σε εξέλιξη (μια εισαγωγή, μια εξαγωγή) και δοκιμάστε ξανά την επαναφορά.</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Προειδοποιήσεις ({count})</translation>
    </message>
    <message>
        <source>What erasing does</source>
        <translation>Τι κάνει η οριστική διαγραφή</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>Γιατί μοιάζουν</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>Αιτία: {reasons}</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>Γράφεται: {name}</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>στήλη {number}</translation>
    </message>
    <message>
        <source>created {date}</source>
        <translation>δημιουργήθηκε {date}</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>φαξ</translation>
    </message>
    <message>
        <source>home</source>
        <translation>οικία</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>κινητό</translation>
    </message>
    <message>
        <source>other</source>
        <translation>άλλο</translation>
    </message>
    <message>
        <source>practice-sheets</source>
        <translation>deltia-praktikon</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>αυτό το αρχείο</translation>
    </message>
    <message>
        <source>vCard 3.0 (older phones)</source>
        <translation>vCard 3.0 (παλαιότερα τηλέφωνα)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Αρχεία vCard (*.vcf)</translation>
    </message>
    <message>
        <source>work</source>
        <translation>εργασία</translation>
    </message>
    <message>
        <source>{name} holds phone numbers without a country code (such as “{example}”) on rows that name no country. In which country are they?</source>
        <translation>Το {name} περιέχει αριθμούς τηλεφώνου χωρίς κωδικό χώρας (όπως «{example}») σε γραμμές που δεν αναφέρουν χώρα. Σε ποια χώρα ανήκουν;</translation>
    </message>
    <message>
        <source>{name} — {details}</source>
        <translation>{name} — {details}</translation>
    </message>
    <message>
        <source>{what}: every record the list shows ({count}), with its filters, its order and the columns shown.</source>
        <translation>{what}: κάθε εγγραφή που εμφανίζει η λίστα ({count}), με τα φίλτρα, τη σειρά και τις εμφανιζόμενες στήλες της.</translation>
    </message>
    <message>
        <source>{what}: {count} found</source>
        <translation>{what}: βρέθηκαν {count}</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>— παράλειψη —</translation>
    </message>
    <message>
        <source>“{name}” was erased.</source>
        <translation>Το «{name}» διαγράφηκε οριστικά.</translation>
    </message>
    <message>
        <source>“{name}” was erased. No other record mentions them in its text.</source>
        <translation>Το «{name}» διαγράφηκε οριστικά. Καμία άλλη εγγραφή δεν το αναφέρει στο κείμενό της.</translation>
    </message>
    <message>
        <source>“{name}” was erased. These records still mention them in their text. Open each one and remove or reword the mention where it is personal data.</source>
        <translation>Το «{name}» διαγράφηκε οριστικά. Αυτές οι εγγραφές το αναφέρουν ακόμη στο κείμενό τους. Ανοίξτε καθεμία και αφαιρέστε ή αναδιατυπώστε την αναφορά όπου πρόκειται για προσωπικά δεδομένα.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Give the currency of the funding amount</source>
        <translation>Δώστε το νόμισμα του ποσού χρηματοδότησης</translation>
    </message>
    <message>
        <source>Region {value} is not in {country}</source>
        <translation>Η περιφέρεια {value} δεν βρίσκεται στη χώρα {country}</translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation>Η ημερομηνία λήξης είναι πριν από την ημερομηνία έναρξης</translation>
    </message>
    <message>
        <source>Unknown field “{value}”</source>
        <translation>Άγνωστο πεδίο «{value}»</translation>
    </message>
    <message>
        <source>{label} cannot be negative</source>
        <translation>Το πεδίο {label} δεν μπορεί να είναι αρνητικό</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>Το πεδίο {label} είναι υποχρεωτικό</translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters, at most {limit})</source>
        <translation>Το πεδίο {label} είναι πολύ μεγάλο ({length} χαρακτήρες, το πολύ {limit})</translation>
    </message>
    <message>
        <source>{label} must be a list</source>
        <translation>Το πεδίο {label} πρέπει να είναι λίστα</translation>
    </message>
    <message>
        <source>{label} must be a list of text</source>
        <translation>Το πεδίο {label} πρέπει να είναι λίστα κειμένων</translation>
    </message>
    <message>
        <source>{label} must be a number, not “{value}”</source>
        <translation>Το πεδίο {label} πρέπει να είναι αριθμός, όχι «{value}»</translation>
    </message>
    <message>
        <source>{label} must be a whole number</source>
        <translation>Το πεδίο {label} πρέπει να είναι ακέραιος αριθμός</translation>
    </message>
    <message>
        <source>{label} must be text</source>
        <translation>Το πεδίο {label} πρέπει να είναι κείμενο</translation>
    </message>
    <message>
        <source>{label}: each entry needs a value</source>
        <translation>{label}: κάθε καταχώριση χρειάζεται τιμή</translation>
    </message>
    <message>
        <source>“{value}” is not a NUTS region code</source>
        <translation>Το «{value}» δεν είναι κωδικός περιφέρειας NUTS</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD)</source>
        <translation>Το «{value}» δεν είναι ημερομηνία (χρησιμοποιήστε ΕΕΕΕ-ΜΜ-ΗΗ)</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number (use +country code, e.g. +351 21 000 0000)</source>
        <translation>Το «{value}» δεν είναι αριθμός τηλεφώνου (χρησιμοποιήστε +κωδικό χώρας, π.χ. +30 21 0123 4567)</translation>
    </message>
    <message>
        <source>“{value}” is not a possible phone number</source>
        <translation>Το «{value}» δεν είναι δυνατός αριθμός τηλεφώνου</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>Το «{value}» δεν είναι αναγνωριστικό εγγραφής</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address</source>
        <translation>Το «{value}» δεν είναι έγκυρη διεύθυνση email</translation>
    </message>
    <message>
        <source>“{value}” is not a web address (it should start with https://)</source>
        <translation>Το «{value}» δεν είναι διεύθυνση ιστού (πρέπει να ξεκινά με https://)</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 3166 country code</source>
        <translation>Το «{value}» δεν είναι κωδικός χώρας ISO 3166</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 4217 currency code</source>
        <translation>Το «{value}» δεν είναι κωδικός νομίσματος ISO 4217</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 639 language code</source>
        <translation>Το «{value}» δεν είναι κωδικός γλώσσας ISO 639</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>Το «{value}» δεν είναι ένα από τα: {choices}</translation>
    </message>
</context>
<context>
    <name>WhatsNew</name>
    <message>
        <source>&amp;What&apos;s new</source>
        <translation>&amp;Τι νέο υπάρχει</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(χωρίς τίτλο)</translation>
    </message>
    <message>
        <source>By {who}, {when}</source>
        <translation>Από {who}, {when}</translation>
    </message>
    <message>
        <source>Changed contact: {title}</source>
        <translation>Αλλαγμένη επαφή: {title}</translation>
    </message>
    <message>
        <source>Changed practice: {title}</source>
        <translation>Αλλαγμένη πρακτική: {title}</translation>
    </message>
    <message>
        <source>Changed tool: {title}</source>
        <translation>Αλλαγμένο εργαλείο: {title}</translation>
    </message>
    <message>
        <source>Everything here is read.</source>
        <translation>Όλα εδώ έχουν διαβαστεί.</translation>
    </message>
    <message>
        <source>First sync: {items} from your group</source>
        <translation>Πρώτος συγχρονισμός: {items} από την ομάδα σας</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>Σήμανση όλων ως &amp;αναγνωσμένων</translation>
    </message>
    <message>
        <source>Mark everything in What&apos;s new as read</source>
        <translation>Σήμανση όλων στο «Τι νέο υπάρχει» ως αναγνωσμένων</translation>
    </message>
    <message>
        <source>New contact: {title}</source>
        <translation>Νέα επαφή: {title}</translation>
    </message>
    <message>
        <source>New practice: {title}</source>
        <translation>Νέα πρακτική: {title}</translation>
    </message>
    <message>
        <source>New tool: {title}</source>
        <translation>Νέο εργαλείο: {title}</translation>
    </message>
    <message>
        <source>Nothing new from your group yet. When others add or change practices, contacts or tools, they are listed here after a sync.</source>
        <translation>Τίποτα νέο από την ομάδα σας ακόμη. Όταν άλλοι προσθέτουν ή αλλάζουν πρακτικές, επαφές ή εργαλεία, εμφανίζονται εδώ μετά από έναν συγχρονισμό.</translation>
    </message>
    <message>
        <source>Only &amp;unread</source>
        <translation>Μόνο &amp;μη αναγνωσμένα</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Αυτή η εγγραφή δεν υπάρχει πλέον.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Σήμερα</translation>
    </message>
    <message>
        <source>Unread: {line}</source>
        <translation>Μη αναγνωσμένο: {line}</translation>
    </message>
    <message>
        <source>What arrived from your group</source>
        <translation>Τι ήρθε από την ομάδα σας</translation>
    </message>
    <message>
        <source>What your group added or changed since you last looked</source>
        <translation>Τι πρόσθεσε ή άλλαξε η ομάδα σας από την τελευταία φορά που κοιτάξατε</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Τι νέο υπάρχει</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Χθες</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>κάποιος</translation>
    </message>
    <message>
        <source>{day} · {who}: {counts}</source>
        <translation>{day} · {who}: {counts}</translation>
    </message>
    <message>
        <source>{items} from your group</source>
        <translation>{items} από την ομάδα σας</translation>
    </message>
</context>
</TS>
