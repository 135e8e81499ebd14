<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CloseCheckinDialog</name>
    <message numerus="yes">
        <source>This check-in keeps every rating and note of every installed ladder as they are now: %1 of %n requirement(s) rated.</source>
        <translation>
            <numerusform>This check-in keeps every rating and note of every installed ladder as they are now: %1 of %n requirement rated.</numerusform>
            <numerusform>This check-in keeps every rating and note of every installed ladder as they are now: %1 of %n requirements rated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message numerus="yes">
        <source>Data imported: %n rating(s)</source>
        <translation>
            <numerusform>Data imported: %n rating</numerusform>
            <numerusform>Data imported: %n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) to review: their description changed</source>
        <translation>
            <numerusform>%n rating to review: its description changed</numerusform>
            <numerusform>%n ratings to review: their description changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n built-in profile(s) restored</source>
        <translation>
            <numerusform>%n built-in profile restored</numerusform>
            <numerusform>%n built-in profiles restored</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrowthView</name>
    <message numerus="yes">
        <source>%1 · %n rated</source>
        <translation>
            <numerusform>%1 · %n rated</numerusform>
            <numerusform>%1 · %n rated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>%n requirement(s); nothing is written before you import.</source>
        <translation>
            <numerusform>%n requirement; nothing is written before you import.</numerusform>
            <numerusform>%n requirements; nothing is written before you import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LadderEditor</name>
    <message numerus="yes">
        <source>You rated %n requirement(s) that this deletes. Their ratings are kept but no longer shown. Delete?</source>
        <translation>
            <numerusform>You rated %n requirement that this deletes. Its rating is kept but no longer shown. Delete?</numerusform>
            <numerusform>You rated %n requirements that this deletes. Their ratings are kept but no longer shown. Delete?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message numerus="yes">
        <source>%1 · %n to cover</source>
        <translation>
            <numerusform>%1 · %n to cover</numerusform>
            <numerusform>%1 · %n to cover</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
    <message numerus="yes">
        <source>roles</source>
        <translation>
            <numerusform>role</numerusform>
            <numerusform>roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>levels</source>
        <translation>
            <numerusform>level</numerusform>
            <numerusform>levels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>required</source>
        <translation>
            <numerusform>required</numerusform>
            <numerusform>required</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>optional</source>
        <translation>
            <numerusform>optional</numerusform>
            <numerusform>optional</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequirementResults</name>
    <message numerus="yes">
        <source>%Ln requirement(s) found</source>
        <translation>
            <numerusform>%Ln requirement found</numerusform>
            <numerusform>%Ln requirements found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln requirement(s)</source>
        <translation>
            <numerusform>Showing %1 of %Ln requirement</numerusform>
            <numerusform>Showing %1 of %Ln requirements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message numerus="yes">
        <source>Ratings: %n</source>
        <translation>
            <numerusform>Ratings: %n</numerusform>
            <numerusform>Ratings: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rating(s)</source>
        <translation>
            <numerusform>%1: %n rating</numerusform>
            <numerusform>%1: %n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes: %n</source>
        <translation>
            <numerusform>Notes: %n</numerusform>
            <numerusform>Notes: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message numerus="yes">
        <source>Check-in shared with your team: %n rating(s).</source>
        <translation>
            <numerusform>Check-in shared with your team: %n rating.</numerusform>
            <numerusform>Check-in shared with your team: %n ratings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The team&apos;s frameworks are installed: %n framework(s).</source>
        <translation>
            <numerusform>The team&apos;s frameworks are installed: %n framework.</numerusform>
            <numerusform>The team&apos;s frameworks are installed: %n frameworks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rated requirement(s) changed wording since you rated them.</source>
        <translation>
            <numerusform>%n rated requirement changed wording since you rated it.</numerusform>
            <numerusform>%n rated requirements changed wording since you rated them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message numerus="yes">
        <source>%n up</source>
        <translation>
            <numerusform>%n up</numerusform>
            <numerusform>%n up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n down</source>
        <translation>
            <numerusform>%n down</numerusform>
            <numerusform>%n down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newly rated</source>
        <translation>
            <numerusform>%n newly rated</numerusform>
            <numerusform>%n newly rated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleared</source>
        <translation>
            <numerusform>%n cleared</numerusform>
            <numerusform>%n cleared</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowController</name>
    <message numerus="yes">
        <source>Check-in closed: %n rating(s) kept</source>
        <translation>
            <numerusform>Check-in closed: %n rating kept</numerusform>
            <numerusform>Check-in closed: %n ratings kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
</context>
</TS>
