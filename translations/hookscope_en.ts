<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>hookscope::ComposerFormModel</name>
    <message numerus="yes">
        <source>one of %n</source>
        <translation>
            <numerusform>one of %n</numerusform>
            <numerusform>one of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n fields}</source>
        <translation>
            <numerusform>{%n field}</numerusform>
            <numerusform>{%n fields}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookscope::ComposerWindow</name>
    <message numerus="yes">
        <source>%n schema problems, listed below</source>
        <translation>
            <numerusform>%n schema problem, listed below</numerusform>
            <numerusform>%n schema problems, listed below</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Randomized %n fields.</source>
        <translation>
            <numerusform>Randomized %n field.</numerusform>
            <numerusform>Randomized %n fields.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Randomized %n fields; pinned ones kept.</source>
        <translation>
            <numerusform>Randomized %n field; pinned ones kept.</numerusform>
            <numerusform>Randomized %n fields; pinned ones kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n answers.</source>
        <translation>
            <numerusform>Cancelled after %n answer.</numerusform>
            <numerusform>Cancelled after %n answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent; all answered 2xx.</source>
        <translation>
            <numerusform>%n sent; it answered 2xx.</numerusform>
            <numerusform>%n sent; all answered 2xx.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent; not all answered 2xx.</source>
        <translation>
            <numerusform>%n sent; not answered 2xx.</numerusform>
            <numerusform>%n sent; not all answered 2xx.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forget all %n sends?</source>
        <translation>
            <numerusform>Forget %n send?</numerusform>
            <numerusform>Forget all %n sends?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookscope::DiffDialog</name>
    <message numerus="yes">
        <source>%n differences</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookscope::ExportController</name>
    <message numerus="yes">
        <source>Exporting: %1 of %Ln deliveries read…</source>
        <translation>
            <numerusform>Exporting: %1 of %Ln delivery read…</numerusform>
            <numerusform>Exporting: %1 of %Ln deliveries read…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deliveries</source>
        <translation>
            <numerusform>%Ln delivery</numerusform>
            <numerusform>%Ln deliveries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln deliveries to %1.</source>
        <translation>
            <numerusform>Exported %Ln delivery to %1.</numerusform>
            <numerusform>Exported %Ln deliveries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookscope::ExportDialog</name>
    <message numerus="yes">
        <source>The %Ln selected deliveries</source>
        <translation>
            <numerusform>The %Ln selected delivery</numerusform>
            <numerusform>The %Ln selected deliveries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What the list shows: %Ln deliveries</source>
        <translation>
            <numerusform>What the list shows: %Ln delivery</numerusform>
            <numerusform>What the list shows: %Ln deliveries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln deliveries</source>
        <translation>
            <numerusform>All deliveries (%Ln)</numerusform>
            <numerusform>All %Ln deliveries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookscope::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n members}</source>
        <translation>
            <numerusform>{%n member}</numerusform>
            <numerusform>{%n members}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookscope::MainWindow</name>
    <message numerus="yes">
        <source>Removed %Ln deliveries.</source>
        <translation>
            <numerusform>Removed %Ln delivery.</numerusform>
            <numerusform>Removed %Ln deliveries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deliveries · %1</source>
        <translation>
            <numerusform>%Ln delivery · %1</numerusform>
            <numerusform>%Ln deliveries · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln deliveries…</source>
        <translation>
            <numerusform>Imported %Ln delivery…</numerusform>
            <numerusform>Imported %Ln deliveries…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln deliveries from %1.</source>
        <translation>
            <numerusform>Imported %Ln delivery from %1.</numerusform>
            <numerusform>Imported %Ln deliveries from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items could not be read:</source>
        <translation>
            <numerusform>%Ln item could not be read:</numerusform>
            <numerusform>%Ln items could not be read:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln deliveries of %1 from the store?</source>
        <translation>
            <numerusform>Delete the %Ln delivery of %1 from the store?</numerusform>
            <numerusform>Delete the %Ln deliveries of %1 from the store?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookscope::ReplayDialog</name>
    <message numerus="yes">
        <source>Replay %n deliveries</source>
        <translation>
            <numerusform>Replay %n delivery</numerusform>
            <numerusform>Replay %n deliveries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookscope::TimelineWidget</name>
    <message numerus="yes">
        <source>%1: %n deliveries</source>
        <translation>
            <numerusform>%1: %n delivery</numerusform>
            <numerusform>%1: %n deliveries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
%n not answered 2xx</source>
        <translation>
            <numerusform>
%n not answered 2xx</numerusform>
            <numerusform>
%n not answered 2xx</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
%n with an invalid signature</source>
        <translation>
            <numerusform>
%n with an invalid signature</numerusform>
            <numerusform>
%n with an invalid signature</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookscope::TrayIcon</name>
    <message numerus="yes">
        <source>%Ln deliveries</source>
        <translation>
            <numerusform>%Ln delivery</numerusform>
            <numerusform>%Ln deliveries</numerusform>
        </translation>
    </message>
</context>
</TS>
