<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>Career self-assessment: opens the window, or runs a subcommand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use another data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the window, wait for the first paint, exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, show, import and export profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed skill profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile&apos;s header and requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of this output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install a profile file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write an installed profile to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate yourself on one requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which requirement of the cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated level, readiness and gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshots of all ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close a check-in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already installed, unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>older than the installed version, left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in %1 created with %2 rating(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: %1 · Levels: %2 · Required: %3 · Optional: %4 · Last updated: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps (required first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gaps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Nothing expected at this level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the top of the ladder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing expected at the next level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next level: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To advance to %1 (required gaps first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements at the selected level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements at the next level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrowthView</name>
    <message>
        <source>%1 · %2 rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed: close a check-in to start your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newly rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness over time (each check-in, and now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close a check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare from check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelSlider</name>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level (Left/Right arrows, Home, End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (level %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Skill Ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with next level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins and growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expectation cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export proposals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with &amp;next level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins and &amp;growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ext level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close a check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Skill Ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Skill Ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill Ladder %1

Career self-assessment that works offline: your ratings, notes and check-ins stay on this computer, in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Nothing expected here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Roles × levels. Click a cell to open its card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills × levels. Click a cell to open its card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>•  required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>boolean (true or false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date written as YYYY-MM-DD (found “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid key (lower-case letters and digits, words joined by single hyphens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a two-letter language code such as “en”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least %1 item(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has more than %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds control characters (only line breaks and tabs are allowed in texts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name “%1” appears twice in one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key “%1” is reserved for frameworks without roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drops or reorders levels of “%1” that installed skills not in this file use (%2); include every skill of the framework to change its ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaves out the role “%2” of “%1” that installed skills not in this file use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is out of the allowed range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is invalid (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this format version is not supported (this app reads version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Skill Ladder profile file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no English text (“en”), which every text needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key “%1” is used more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key “%1” is already used by another installed profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names the level “%1”, which the ladder does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names the role “%1”, which the file does not define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names the role “%1”, but the file defines no roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no installed profile or framework “%1” (see “profile list”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%2” has no role “%1” (its roles: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%2” has no level “%1” (its levels: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder “%1” is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the data folder “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-dir needs a folder name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a rating; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no requirement “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requirement “%1” is not one of role “%2” at level “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no requirement for role “%2” at level “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cell holds %1 requirements; choose one with --requirement (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” version %2 is installed; the file holds the older version %3. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data in “%1” was written by a newer version of Skill Ladder. Install that version to open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding “%1” is full. Nothing more could be saved; what was saved is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read-only. Nothing could be saved; what was saved before is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk could not read or write “%1”. Check the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is busy in another program. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Skill Ladder database; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong that should not have. Details are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemListDialog</name>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileBrowser</name>
    <message>
        <source>Search profiles and requirements (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
    <message>
        <source>Stop following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · updated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>roles</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Roles where this skill appears</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>levels</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A structured growth path</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>required</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>optional</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalsView</name>
    <message>
        <source>Suggest a change from any card. Your proposals stay here until you export them to a file for the profile&apos;s maintainer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export proposals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete proposal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working towards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <comment>letter for Not yet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <comment>letter for Working towards</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <comment>letter for Meets</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <comment>letter for Exceeds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingControl</name>
    <message>
        <source>Rate “%1” (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to not rated (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequirementCard</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence note: what shows you meet this…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest a change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest a change to this description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description changed since you rated it: read it again and re-rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text has no translation yet; shown in English.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandingPanel</name>
    <message>
        <source>No target yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a role to see where you stand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated level: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps up to %1: %2 required, %3 optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gaps: every requirement up to the next level is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where am I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown on your reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness per level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is this estimated?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A level is met when all its required requirements are rated Meets or Exceeds. A level with only optional requirements is met when at least half of them are. A level with required requirements that is not met blocks the levels above it; optional-only levels never block. Your estimated level is the highest met level with no blocking level at or below it. Readiness counts the required requirements met (or the optional ones where nothing is required). The gaps are the unmet requirements up to the level after your estimate, required first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestChangeDialog</name>
    <message>
        <source>Suggest a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why would this wording be better?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current wording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proposed wording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowController</name>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill Ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a profile to begin (File › Import profile…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is expected of this role at this level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal saved (see Proposals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for this check-in (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in closed: %1 ratings kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this check-in? Your current ratings are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-in yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill Ladder profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 skill profile(s) added or updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) to review: their description changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from Skill Ladder? Your ratings and notes for it are kept, and come back if you import it again, unless you tick the box below. Check-ins are always kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delete my ratings and notes for it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Skill Ladder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
