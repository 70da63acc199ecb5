<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AddFeedbackDialog</name>
    <message>
        <source>Add feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“How likely are you to recommend us to a friend?” from 0 to 10: this is what the Net Promoter Score is made of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did the customer say?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it reached you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would recommend (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the customer said, or their score.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy is made before every import and every update, and once a day while Feedback Desk is open. The last 7 days, 4 weeks and 12 months are kept; the ones you make are never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback Desk database (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup of {0}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your feedback will be as it was on {0}; what was added or changed since will not be in it. The current database is backed up first (as “Before a restore”), so you can go back to it. Feedback Desk reopens the database when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the database to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a {0} in {1}. Choose another folder: Feedback Desk never writes over a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the database and its backups to {0}? Feedback Desk will open it there from now on. The old file stays where it is, renamed, until you delete it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>No feedback in this period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipBar</name>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Anything worth remembering about them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Riverside shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they usually buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1200 (spend per year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location, product and value let you group customers, for example your best customers at the Riverside shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the ticked ones to this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names are only linked when you say so: two people can share a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value must be a number, like 1200, or left empty. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed this customer&apos;s details. Save the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up planned: {0} by {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up done: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} on {1} → {2} on {3}: happier since you followed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} on {1} → {2} on {3}: not happier yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also under the name “{0}” on {1} — the same person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateRangeDialog</name>
    <message>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <source>the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said or agreed (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1}: how did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved also marks the feedback resolved. If the customer writes again, the desk shows whether they are happier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackDetail</name>
    <message>
        <source>Reply...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer with a template, then mark as replied (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln items selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only some of the feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these filters as a view in the sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date range...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items whose words and score disagree (5 stars, angry text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must have all chosen tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: items with any of the chosen tags. On: only items with every one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}  1 star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}  {1} stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoters (9-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passives (7-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detractors (0-6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered 0-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered 9 or 10 to “How likely are you to recommend us?”: your fans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered 7 or 8: satisfied, but would not go out of their way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered 0 to 6: unhappy, and may say so to others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stars: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags (all): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags (any): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mixed signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not replied yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From import {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}
Click to remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpBox</name>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a call, an e-mail or a review request by the rules in Settings (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their story: all their feedback, replies, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln pieces of feedback</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to say or offer, the best time to call...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhappy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lukewarm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back every unhappy customer, ask the lukewarm what would make it better, and thank the happy ones. Nothing here is sent: you make the call or write the e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to calendar (.ics)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the open follow-ups as a file your calendar app can open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a call, an e-mail or a review request by the rules in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers whose latest feedback is unhappy or lukewarm, and nobody has answered or followed up for {n} days. Most at risk first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unhappy customers in the last 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months: you answered or followed up {0} of {1} unhappy customers; {2} wrote again, {3} of them happier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing overdue. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned. Follow up an item from the inbox (select it and press F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-ups done yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is at risk: every unhappy or lukewarm customer has been answered or followed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete these %Ln follow-ups? Undo (Ctrl+Z) brings them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln follow-ups to {file}. Open the file to add them to your calendar.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the file says (or Other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month first: 03/04/2026 is March 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day first: 03/04/2026 is 3 April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback, as it will be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each column goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows, as they will be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns separated by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>using the columns you chose last time for this kind of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates in this file could be read either way: please check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows cannot be read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change where a column goes, or import the other rows and skip these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the other rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing… Cancel leaves your feedback exactly as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing… {0:,} rows, {1:,.0f} rows a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistoryPage</name>
    <message>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every file you imported, and what it added. Undo import removes exactly the feedback that import added, and nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln items kept</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows skipped in this import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove the %Ln feedback items that “{file}” added?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies, tags and notes on them go too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln feedback items.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed signals: the words and the score disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered {0} after it arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for an answer for {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Search feedback, customers and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window speaks this language now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies the next time Feedback Desk starts: close it and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups are overdue: see Follow-ups.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Paste feedback...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add feedback...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;spam or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage &amp;tags...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-tag &amp;rules...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Feedback Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore an export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is a Feedback Desk export. Restore everything in it into this desk: feedback, notes, replies, follow-ups, customers, tags, templates and settings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln feedback items from {file}, with their notes, replies and follow-ups.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what}: %Ln items.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback exports (*.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new feedback items from {file}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already there.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing new in {file}: all %Ln were already there.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows skipped (see Imports).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln feedback items.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already in your inbox and were left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>About Feedback Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} {1}&lt;/b&gt;&lt;p&gt;Collect, classify, answer and follow up customer feedback. Everything stays on this computer.&lt;/p&gt;&lt;p&gt;Database: {2}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <source>Your inbox is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect every review, survey answer and comment in one place. Paste reviews from a website, type up a phone call, or bring in a file exported from a review site or survey tool. Each one is sorted into positive, neutral or negative for you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Paste feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste one review, or several separated by a blank line. A review may begin with lines such as “Date: 2026-10-03”, “Author: Sam”, “Stars: 4” or “Score: 9”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stars: 5
Author: Sam K.
The sourdough is the best in town!

Waited twenty minutes for a coffee. Not great.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date, unless a review says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer, unless a review says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like rows copied from a spreadsheet: the next step shows its columns and where each one goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the rows...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln reviews ready to add.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Review {0} will be left out: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln reviews</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the chosen template in the reply, filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates, best for this feedback first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank them by name, show you understood, say what you will do. For a complaint, offer to continue by phone or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted publicly on the review site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set your business name and your name in Settings to sign replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the reply, to paste it on the review site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as another reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the reply above as it was and record this one too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates yet: write them on the Templates page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered {0} by {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions and replies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace what you wrote with “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the reply?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving the reply you wrote?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Edit rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a tag or type a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait, slow, took forever, 느려</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate words or phrases with commas; feedback containing any one of them gets the tag. Whole words, in any case and any language: “late” finds “Late!” but not “latest”. Korean, Japanese and Chinese words are found inside longer words too: 느려 finds 느려요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words or phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the tag this rule puts on, or type a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least one word or phrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Auto-tag rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule puts its tag on feedback that contains any of its words or phrases. Rules that are on run by themselves on every new import and paste; to apply them to the feedback you already have, use the button below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words or phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn this rule on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The rules that are on would tag %Ln items you already have.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No rule is on: nothing to tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to tag: the feedback you have already carries these tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a rule for “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the rule for “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the rule that tags “{0}” ({1})? Tags it already put on feedback stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the rule for “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag with the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tagged %Ln items.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %Ln items ({tags} tags added).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage tags...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-tag rules...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stays on this computer, in this one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people feedback can be assigned to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people feedback can be assigned to. No one yet: use Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln tags</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln auto-tag rules on.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rules tag new feedback as it comes in, from imports and pastes alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is already on the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {0} to the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed {0} to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln feedback items assigned to {old} are now assigned to {new}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove {0} from the team?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %Ln feedback items assigned to {name} stay assigned until you change them in the inbox.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {0} from the team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags sort feedback by topic. Select a tag to rename it or change its colour; select several to merge them into one. Merging or deleting a tag never deletes feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two or more tags to merge them into one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a tag called “{0}”. To bring two tags together, select both and choose Merge into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the tag “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “{0}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed “{0}” to “{1}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change tag colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the colour of “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep which tag? The others are merged into it and go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merge {others} into “{kept}”? The %Ln items tagged {either} will be tagged “{kept}” instead.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Their auto-tag rules will tag with “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged {0} into “{1}”; it is now on {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag {names}? %Ln items carry it: the items stay, only the tag goes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the tags {names}? %Ln items carry them: the items stay, only the tags go.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln auto-tag rules go too.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {0}. The feedback is all still there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast you answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click New to write one, or Import a file another shop shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Thank you for the kind words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave all unticked for a template that suits any feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags yet: add them in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags it suits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi {first_name},

Thank you for...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview with sample values — add feedback to preview on a real review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set your business name and your name in Settings to sign replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template you are writing cannot be saved yet: {0} Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (deleted tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the template a name, so you can find it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reply: a template cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another template is already called “{0}”. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (copy {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no copy was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made a copy: “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template “{0}”? Replies you already sent with it keep their text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback Desk templates (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new in {0}: those templates are already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} holds no templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln templates from {file}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save {0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln templates to {file}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detractor (0-6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passive (7-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoter (9-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected fake review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fake review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they wrote (Google, Yelp...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of your shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When they wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriagePanel</name>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback Desk labels each item from its score or its words; choose a label here when you know better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam or fake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept, but left out of every figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day you reported it to the review platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a handling note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling notes (only your team sees them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one item to add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewsList</name>
    <message>
        <source>VIEWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{view}: %Ln items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the view (it will be listed under Views):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is a built-in view. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a view called “{0}”. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln items in the trash for good? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete view “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the trash...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>%Ln answers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ratings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %Ln ratings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not scored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>used %Ln times</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as not spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback Desk ran into a problem it did not expect: {0}

Your feedback is safe: everything saved so far is in the database. The details are in the log file:
{1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>Net Promoter Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoters, passives and detractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive, neutral and negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top problems (tags on negative feedback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What customers praise (tags on positive feedback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stars given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS estimated from stars (not NPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net Promoter Score comes from one question: “How likely are you to recommend us, from 0 to 10?” Those who answer 9 or 10 are promoters, 7 or 8 passives, 0 to 6 detractors. NPS is the percentage of promoters minus the percentage of detractors: from −100 to +100, and above 0 means more fans than critics. The shaded band is the 95% margin of error: with few answers, NPS moves a lot by chance alone, so a change inside the band may be luck. Star ratings are not NPS and never count here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as a PNG or SVG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars: counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars: shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the stacked bars as counts or as shares of each period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show them in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Follow-ups page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feedback in this period yet. Paste or import feedback (or load the demo from the File menu) and the figures appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} to {1}, compared with {2} to {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback Desk could not read the figures just now ({0}). Nothing was changed; they are read again when you come back to this page or change a choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No 0-10 answers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} against before, from {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} points against before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of those with a sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} within 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback that needs a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q{0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No 0-10 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS {0} ± {1}
{2}: promoters {3}, passives {4}, detractors {5}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No 0-10 answers in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS {0} ± {1} from {2} over the whole period; under each point, how many answered then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers 0-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No 0-10 answers in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detractors (0-6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passives (7-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoters (9-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only feedback without a sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feedback with a sentiment in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of the feedback with a sentiment was negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} stars on average from {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No star ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No star ratings in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} stars on average from {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No star ratings in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★★★★★  5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★★★★  4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★★★  3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★★  2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★  1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}-star ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate {0} from {1} (not NPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate from stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not NPS: 5 stars counted as promoters, 4 as passives and 1 to 3 as detractors. Stars do not ask whether customers would recommend you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} now, {2} in the same stretch before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative feedback tagged {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive feedback tagged {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tagged negative feedback in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tagged positive feedback in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feedback in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of the feedback was answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median {0} to the first answer; {1} of {2} answered within 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answered at a known time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered feedback (the median counts those answered at a known time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answered at a known time in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median {0} to the first answer; {1} answered within 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was answered at a known time in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>display</name>
    <message>
        <source>Before an update of Feedback Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup of {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of {0}. The database as it was before is kept as a backup (Before a restore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving the database to {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is now in {0}; the old file is kept as {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it with --db {0} from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the customer&apos;s answer of {0} out of 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the customer&apos;s {0}-star rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the words (VADER score {0:+.2f}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored: the text is not in English and there is no rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored: there is no text or rating to go by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered {0} after it arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for an answer for {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes here apply to every selected item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select feedback to read it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed signals: the words and the score disagree. Worth a closer look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as spam or fake: it counts in no figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit reply...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} or {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yelp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer or discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>happier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not happier yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time ({0}): {1}, and you answered. Now {2}: {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done {0}: {1} — {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>followups</name>
    <message>
        <source>Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Feedback text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stars (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommend score (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review or response id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as an extra field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Google Forms survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a survey tool&apos;s NPS export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a review site&apos;s export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google reviews from Google Takeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table of feedback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>The paper the report is laid out for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or two pages for the staff-room wall or the accountant: how customers felt this month, what they loved, what to fix and the follow-ups still open. Made on this computer; nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback Desk could not read the month&apos;s figures just now ({0}). Nothing was changed; they are read again when you come back or choose a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is a folder, not a file. Choose a file name for the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not an ordinary file (it may be a device or a socket). Choose another file name for the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be drawn: the file or printer is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feedback was recorded in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feedback has been recorded in {0} so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import or paste feedback in Feedback Desk, then make the report again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no 0-10 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no 0-10 answers in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ {0} on {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ {0} on {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>± {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} in {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no star ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ★</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no timed replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median time to a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} within 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shaded: 95% margin of error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · gaps: no 0-10 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No 0-10 answers in these 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How customers felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of this month&apos;s feedback could be read as positive or negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems tagged this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What customers loved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No praise to quote this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaints to quote this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} open · {1} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups open on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every follow-up is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Feedback Desk on {0}. NPS counts only answers from 0 to 10; ± is the 95% margin of error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>response_times</name>
    <message>
        <source>{0}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typical time to first response (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} answered within 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} answered at a known time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feedback in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast you answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers expect an answer within hours. Time to first response counts from when the feedback was given to your first reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last {0} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of theirs within 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who answered first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No replies yet. Answer a review (select it in the Inbox and press R) and its response time shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No replies in the last 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded (imported)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sunrise Bakery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies and the monthly report use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Min Park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs your replies and is recorded as who answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhappy customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative feedback and detractors (0-6): call or write back within this many open days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lukewarm customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passives (7-8): ask what they liked and what would have made it better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happy customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoters (9-10): thank them and ask for a review or a referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unhappy or lukewarm customer nobody has answered or followed up for this long is at risk of leaving quietly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you click Follow up, the due day is set by these rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business days count only the days you are open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Previous / next feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the status of the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up the selection by your rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as spam or fake (again: not spam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a handling note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
