<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%Ln backups still hold them</source>
        <translation>
            <numerusform>%Ln backup still holds them</numerusform>
            <numerusform>%Ln backups still hold them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln feedback items, with everything kept about them, to {file}.</source>
        <translation>
            <numerusform>Exported %Ln feedback item, with everything kept about it, to {file}.</numerusform>
            <numerusform>Exported %Ln feedback items, with everything kept about them, to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows cannot be read.</source>
        <translation>
            <numerusform>%Ln row cannot be read.</numerusform>
            <numerusform>%Ln rows cannot be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows are already there and will be passed over.</source>
        <translation>
            <numerusform>%Ln row is already there and will be passed over.</numerusform>
            <numerusform>%Ln rows are already there and will be passed over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %Ln duplicates anyway</source>
        <translation>
            <numerusform>Import the %Ln duplicate anyway</numerusform>
            <numerusform>Import the %Ln duplicates anyway</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased the details of %Ln customers not heard from in {years} years.</source>
        <translation>
            <numerusform>Erased the details of %Ln customer not heard from in {years} years.</numerusform>
            <numerusform>Erased the details of %Ln customers not heard from in {years} years.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackDetail</name>
    <message numerus="yes">
        <source>%Ln items selected</source>
        <translation>
            <numerusform>%Ln item selected</numerusform>
            <numerusform>%Ln items selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpBox</name>
    <message numerus="yes">
        <source>%Ln pieces of feedback</source>
        <translation>
            <numerusform>%Ln piece of feedback</numerusform>
            <numerusform>%Ln pieces of feedback</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message numerus="yes">
        <source>Delete these %Ln follow-ups? Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>Delete this follow-up? Undo (Ctrl+Z) brings it back.</numerusform>
            <numerusform>Delete these %Ln follow-ups? Undo (Ctrl+Z) brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln follow-ups to {file}. Open the file to add them to your calendar.</source>
        <translation>
            <numerusform>Saved %Ln follow-up to {file}. Open the file to add it to your calendar.</numerusform>
            <numerusform>Saved %Ln follow-ups to {file}. Open the file to add them to your calendar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportHistoryPage</name>
    <message numerus="yes">
        <source>%Ln items kept</source>
        <translation>
            <numerusform>%Ln item kept</numerusform>
            <numerusform>%Ln items kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the %Ln feedback items that “{file}” added?</source>
        <translation>
            <numerusform>Remove the %Ln feedback item that “{file}” added?</numerusform>
            <numerusform>Remove the %Ln feedback items that “{file}” added?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln feedback items.</source>
        <translation>
            <numerusform>Removed %Ln feedback item.</numerusform>
            <numerusform>Removed %Ln feedback items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message numerus="yes">
        <source>%Ln+ items</source>
        <translation>
            <numerusform>%Ln+ item</numerusform>
            <numerusform>%Ln+ items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln follow-ups are overdue: see Follow-ups.</source>
        <translation>
            <numerusform>%Ln follow-up is overdue: see Follow-ups.</numerusform>
            <numerusform>%Ln follow-ups are overdue: see Follow-ups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln feedback items from {file}, with their notes, replies and follow-ups.</source>
        <translation>
            <numerusform>Restored %Ln feedback item from {file}, with its notes, replies and follow-ups.</numerusform>
            <numerusform>Restored %Ln feedback items from {file}, with their notes, replies and follow-ups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what}: %Ln items.</source>
        <translation>
            <numerusform>{what}: %Ln item.</numerusform>
            <numerusform>{what}: %Ln items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new feedback items from {file}.</source>
        <translation>
            <numerusform>Imported %Ln new feedback item from {file}.</numerusform>
            <numerusform>Imported %Ln new feedback items from {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already there.</source>
        <translation>
            <numerusform>%Ln was already there.</numerusform>
            <numerusform>%Ln were already there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing new in {file}: all %Ln were already there.</source>
        <translation>
            <numerusform>Nothing new in {file}: it was already there.</numerusform>
            <numerusform>Nothing new in {file}: all %Ln were already there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows skipped (see Imports).</source>
        <translation>
            <numerusform>%Ln row skipped (see Imports).</numerusform>
            <numerusform>%Ln rows skipped (see Imports).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows had bytes that are not UTF-8, shown as �.</source>
        <translation>
            <numerusform>%Ln row had bytes that are not UTF-8, shown as �.</numerusform>
            <numerusform>%Ln rows had bytes that are not UTF-8, shown as �.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln feedback items.</source>
        <translation>
            <numerusform>Added %Ln feedback item.</numerusform>
            <numerusform>Added %Ln feedback items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already in your inbox and were left out.</source>
        <translation>
            <numerusform>%Ln was already in your inbox and was left out.</numerusform>
            <numerusform>%Ln were already in your inbox and were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message numerus="yes">
        <source>%Ln reviews ready to add.</source>
        <translation>
            <numerusform>%Ln review ready to add.</numerusform>
            <numerusform>%Ln reviews ready to add.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln reviews</source>
        <translation>
            <numerusform>Add %Ln review</numerusform>
            <numerusform>Add %Ln reviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message numerus="yes">
        <source>the most mentioned problems were {0} (%Ln times each)</source>
        <translation>
            <numerusform>the most mentioned problems were {0} (%Ln time each)</numerusform>
            <numerusform>the most mentioned problems were {0} (%Ln times each)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the most mentioned problem was {0} (%Ln times)</source>
        <translation>
            <numerusform>the most mentioned problem was {0} (%Ln time)</numerusform>
            <numerusform>the most mentioned problem was {0} (%Ln times)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pieces of feedback came in</source>
        <translation>
            <numerusform>%Ln piece of feedback came in</numerusform>
            <numerusform>%Ln pieces of feedback came in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NPS was {0} from %Ln answers</source>
        <translation>
            <numerusform>NPS was {0} from %Ln answer</numerusform>
            <numerusform>NPS was {0} from %Ln answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NPS rose {0} points on {1} to {2} from %Ln answers</source>
        <translation>
            <numerusform>NPS rose {0} points on {1} to {2} from %Ln answer</numerusform>
            <numerusform>NPS rose {0} points on {1} to {2} from %Ln answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NPS fell {0} points on {1} to {2} from %Ln answers</source>
        <translation>
            <numerusform>NPS fell {0} points on {1} to {2} from %Ln answer</numerusform>
            <numerusform>NPS fell {0} points on {1} to {2} from %Ln answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NPS held steady at {0} from %Ln answers</source>
        <translation>
            <numerusform>NPS held steady at {0} from %Ln answer</numerusform>
            <numerusform>NPS held steady at {0} from %Ln answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NPS was {0} from %Ln answers (up {1} on {2}, within what chance alone can move it)</source>
        <translation>
            <numerusform>NPS was {0} from %Ln answer (up {1} on {2}, within what chance alone can move it)</numerusform>
            <numerusform>NPS was {0} from %Ln answers (up {1} on {2}, within what chance alone can move it)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NPS was {0} from %Ln answers (down {1} on {2}, within what chance alone can move it)</source>
        <translation>
            <numerusform>NPS was {0} from %Ln answer (down {1} on {2}, within what chance alone can move it)</numerusform>
            <numerusform>NPS was {0} from %Ln answers (down {1} on {2}, within what chance alone can move it)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rules that are on would tag %Ln items you already have.</source>
        <translation>
            <numerusform>The rules that are on would tag %Ln item you already have.</numerusform>
            <numerusform>The rules that are on would tag %Ln items you already have.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln items</source>
        <translation>
            <numerusform>Tag %Ln item</numerusform>
            <numerusform>Tag %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %Ln items.</source>
        <translation>
            <numerusform>Tagged %Ln item.</numerusform>
            <numerusform>Tagged %Ln items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %Ln items ({tags} tags added).</source>
        <translation>
            <numerusform>Tagged %Ln item ({tags} tags added).</numerusform>
            <numerusform>Tagged %Ln items ({tags} tags added).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>%Ln tags</source>
        <translation>
            <numerusform>%Ln tag</numerusform>
            <numerusform>%Ln tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln auto-tag rules on.</source>
        <translation>
            <numerusform>%Ln auto-tag rule on.</numerusform>
            <numerusform>%Ln auto-tag rules on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feedback items assigned to {old} are now assigned to {new}.</source>
        <translation>
            <numerusform>%Ln feedback item assigned to {old} is now assigned to {new}.</numerusform>
            <numerusform>%Ln feedback items assigned to {old} are now assigned to {new}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln feedback items assigned to {name} stay assigned until you change them in the inbox.</source>
        <translation>
            <numerusform>The %Ln feedback item assigned to {name} stays assigned until you change it in the inbox.</numerusform>
            <numerusform>The %Ln feedback items assigned to {name} stay assigned until you change them in the inbox.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message numerus="yes">
        <source>Merge {others} into “{kept}”? The %Ln items tagged {either} will be tagged “{kept}” instead.</source>
        <translation>
            <numerusform>Merge {others} into “{kept}”? The %Ln item tagged {either} will be tagged “{kept}” instead.</numerusform>
            <numerusform>Merge {others} into “{kept}”? The %Ln items tagged {either} will be tagged “{kept}” instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag {names}? %Ln items carry it: the items stay, only the tag goes.</source>
        <translation>
            <numerusform>Delete the tag {names}? %Ln item carries it: the item stays, only the tag goes.</numerusform>
            <numerusform>Delete the tag {names}? %Ln items carry it: the items stay, only the tag goes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the tags {names}? %Ln items carry them: the items stay, only the tags go.</source>
        <translation>
            <numerusform>Delete the tags {names}? %Ln item carries them: the item stays, only the tags go.</numerusform>
            <numerusform>Delete the tags {names}? %Ln items carry them: the items stay, only the tags go.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln auto-tag rules go too.</source>
        <translation>
            <numerusform>%Ln auto-tag rule goes too.</numerusform>
            <numerusform>%Ln auto-tag rules go too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message numerus="yes">
        <source>Added %Ln templates from {file}.</source>
        <translation>
            <numerusform>Added %Ln template from {file}.</numerusform>
            <numerusform>Added %Ln templates from {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln templates to {file}.</source>
        <translation>
            <numerusform>Saved %Ln template to {file}.</numerusform>
            <numerusform>Saved %Ln templates to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewsList</name>
    <message numerus="yes">
        <source>{view}: %Ln items</source>
        <translation>
            <numerusform>{view}: %Ln item</numerusform>
            <numerusform>{view}: %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln items in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the %Ln item in the trash for good? This cannot be undone.</numerusform>
            <numerusform>Delete the %Ln items in the trash for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>%Ln answers</source>
        <translation>
            <numerusform>%Ln answer</numerusform>
            <numerusform>%Ln answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ratings</source>
        <translation>
            <numerusform>%Ln rating</numerusform>
            <numerusform>%Ln ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %Ln ratings</source>
        <translation>
            <numerusform>from %Ln rating</numerusform>
            <numerusform>from %Ln ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not scored</source>
        <translation>
            <numerusform>%Ln not scored</numerusform>
            <numerusform>%Ln not scored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>used %Ln times</source>
        <translation>
            <numerusform>used once</numerusform>
            <numerusform>used %Ln times</numerusform>
        </translation>
    </message>
</context>
</TS>
