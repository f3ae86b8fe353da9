package org.samklang.ui.internal.settings.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.PluginInstanceEdit;
import org.samklang.core.api.model.PluginInstanceView;
import org.samklang.core.api.model.SettingProblem;
import org.samklang.ui.internal.model.Tone;

/** Add, Duplicate, Enable or Disable, and Remove. */
class SettingsActionsTest {

    private final SettingsBench bench = new SettingsBench().connected();

    @Test
    void addOpensANewFormOfTheSelectedTypeWithTheKeyboardInIt_andItsRowUnderTheType() {
        bench.presenter.select(NodeKey.type(Plugins.CRM));
        bench.presenter.add();
        bench.settle();

        assertTrue(bench.screen.form.adding());
        assertEquals(Plugins.CRM, bench.screen.form.factoryPid());
        assertEquals(List.of("IMAP mailbox (Channels)", "REST CRM (CRM)"), bench.screen.form.types().stream()
                .map(FormModel.TypeChoice::label).toList());
        assertEquals(1, bench.screen.formFocused);
        TreeNode crm = bench.screen.row(NodeKey.type(Plugins.CRM));
        assertEquals("New instance", crm.children().get(crm.children().size() - 1).name());
    }

    @Test
    void aNewFormShowsProblemsOnlyAtFieldsTheUserTouched_butSaveSaysWhatItNeeds() {
        bench.presenter.add();
        bench.settle();

        assertEquals(Plugins.MAILBOX, bench.screen.form.factoryPid(), "the selected instance's type");
        assertEquals(java.util.Map.of(), bench.screen.problems);
        assertFalse(bench.screen.actions.save());
        assertTrue(bench.screen.blocked.startsWith("Save needs: The instance id is required (and"),
                bench.screen.blocked);

        bench.type("host", " ");
        assertEquals("Server is required", bench.screen.problems.get("host"));
        assertFalse(bench.screen.problems.containsKey("user"));

        bench.presenter.save();
        bench.settle();
        assertEquals("The instance id is required", bench.screen.problems.get(SettingProblem.INSTANCE_KEY));
        assertEquals("User is required", bench.screen.problems.get("user"), "Save shows every problem");
        assertTrue(bench.service.saved.isEmpty());
    }

    @Test
    void aTakenIdIsAProblemAtTheIdField() {
        bench.presenter.add();
        bench.presenter.idEdited("email.support");
        bench.settle();

        assertEquals("Instance id: another instance is email.support",
                bench.screen.problems.get(SettingProblem.INSTANCE_KEY));
    }

    @Test
    void aNewInstanceIsAddedThroughTheForm_thenSelectedWithItsState() {
        bench.presenter.select(NodeKey.type(Plugins.CRM));
        bench.presenter.add();
        bench.presenter.idEdited("crm.second");
        bench.presenter.nameEdited("Second CRM");
        bench.type("url", "https://crm2.example.com/api");
        bench.presenter.secretEdited("token", "api-token-1");
        bench.settle();
        assertTrue(bench.screen.actions.save());
        assertEquals("Second CRM", bench.screen.row(NodeKey.NEW_INSTANCE).name());

        bench.presenter.save();
        bench.settle();

        PluginInstanceEdit sent = bench.service.saved.get(0);
        assertEquals(new PluginInstanceEdit(Plugins.CRM, "crm.second", "Second CRM", true,
                java.util.Map.of("url", "https://crm2.example.com/api", "token", "api-token-1")), sent);
        assertEquals(Optional.of(NodeKey.instance("crm.second")), bench.screen.selected);
        assertEquals("Starting…", bench.screen.row(NodeKey.instance("crm.second")).state());
        assertTrue(bench.screen.tree.find(NodeKey.NEW_INSTANCE).isEmpty());
        assertEquals("Saved “Second CRM”: it starts with these settings now.", bench.screen.status().text());
        assertFalse(bench.screen.form.adding());
        assertTrue(bench.field("token").secretSet());
    }

    @Test
    void changingTheTypeOfANewInstanceRendersTheOtherForm() {
        bench.presenter.add();
        bench.presenter.idEdited("crm.third");
        bench.presenter.typeChosen(Plugins.CRM);
        bench.settle();

        assertEquals(List.of("url", "token"), bench.screen.form.fields().stream().map(FieldModel::key).toList());
        assertEquals("crm.third", bench.screen.form.instanceId());
    }

    @Test
    void anUntouchedNewFormGoesWhenTheUserLooksElsewhere_aTouchedOneStays() {
        bench.presenter.add();
        bench.open("crm.main");
        assertTrue(bench.screen.tree.find(NodeKey.NEW_INSTANCE).isEmpty());

        bench.presenter.add();
        bench.presenter.idEdited("email.other");
        bench.open("crm.main");
        assertTrue(bench.screen.tree.find(NodeKey.NEW_INSTANCE).isPresent());
        bench.presenter.select(NodeKey.NEW_INSTANCE);
        bench.settle();
        assertEquals("email.other", bench.screen.form.instanceId());
    }

    @Test
    void duplicateAsksForAFreeIdAndName_andSelectsTheCopyWhichStartsDisabled() {
        bench.screen.duplicateAnswer = Optional.of(new DuplicateQuestion.Answer("email.sales", "Sales mailbox"));
        bench.presenter.duplicate();
        bench.settle();

        DuplicateQuestion asked = bench.screen.duplicateAsked;
        assertEquals("email.support-2", asked.id());
        assertEquals("Support mailbox (copy)", asked.name());
        assertEquals(Optional.of("Another instance already has the id crm.main"), asked.idProblem()
                .apply("crm.main"));
        assertEquals(Optional.empty(), asked.idProblem().apply("email.new"));
        assertEquals(Optional.of(NodeKey.instance("email.sales")), bench.screen.selected);
        assertEquals("Disabled", bench.screen.row(NodeKey.instance("email.sales")).state());
        assertEquals("Duplicated as “Sales mailbox”: the copy is disabled until you change its settings and"
                + " enable it.", bench.screen.status().text());
        assertTrue(bench.screen.actions.toggleEnables());
    }

    @Test
    void cancellingDuplicateDoesNothing() {
        bench.presenter.duplicate();
        bench.settle();

        assertFalse(bench.service.calls.contains("duplicate"));
    }

    @Test
    void disableStopsTheInstanceAndSaysItsSettingsAreKept_enableStartsIt() {
        bench.service.hold("setEnabled");
        bench.presenter.toggleEnabled();
        bench.settle();
        assertFalse(bench.screen.actions.toggle(), "while it switches");
        assertEquals("Disabling “Support mailbox”…", bench.screen.status().text());

        bench.service.release();
        bench.settle();
        assertEquals("Disabled", bench.screen.row(NodeKey.instance("email.support")).state());
        assertEquals("Disabled “Support mailbox”: it is stopped, and its settings are kept.",
                bench.screen.status().text());
        assertTrue(bench.screen.actions.toggleEnables());

        bench.presenter.toggleEnabled();
        bench.settle();
        assertEquals("Starting…", bench.screen.row(NodeKey.instance("email.support")).state());
        assertFalse(bench.screen.actions.toggleEnables());
    }

    @Test
    void removeSaysWhatIsKeptBeforeItRemoves_andCancelKeepsTheInstance() {
        bench.presenter.remove();
        bench.settle();

        RemoveQuestion asked = bench.screen.removeAsked;
        assertEquals("Remove “Support mailbox”", asked.title());
        assertTrue(asked.message().contains("the conversations it carried stay"), asked.message());
        assertTrue(asked.message().contains("replies still waiting for it stay in the outbox"), asked.message());
        assertFalse(bench.service.calls.contains("remove"));
        assertTrue(bench.service.instances.containsKey("email.support"));
    }

    @Test
    void aConfirmedRemoveGoes_theTypeIsSelectedAndTheStatusSaysWhatStays() {
        bench.screen.removeAnswer = true;
        bench.presenter.remove();
        bench.settle();

        assertFalse(bench.service.instances.containsKey("email.support"));
        assertTrue(bench.screen.tree.find(NodeKey.instance("email.support")).isEmpty());
        assertEquals(Optional.of(NodeKey.type(Plugins.MAILBOX)), bench.screen.selected);
        assertEquals("Removed “Support mailbox”. Its conversations stay; replies waiting for email.support wait in"
                + " the outbox.", bench.screen.status().text());
        assertEquals(Tone.GOOD, bench.screen.status().tone());
    }

    @Test
    void removingAProvisionedInstanceSaysItsFileGoesToo() {
        PluginInstanceView v = bench.service.instances.get("crm.main");
        bench.service.replace(new PluginInstanceView(v.instanceId(), v.factoryPid(), v.displayName(), true,
                Optional.of("plugins.d/crm.main.cfg"), v.values(), v.secretsSet(), v.state(), "", v.since(),
                List.of()));
        bench.service.changed();
        bench.open("crm.main");
        assertTrue(bench.screen.form.header().notes().get(0).startsWith("Provisioned from the file"
                + " plugins.d/crm.main.cfg"));

        bench.presenter.remove();
        assertTrue(bench.screen.removeAsked.message().contains("the file it was provisioned from"
                + " (plugins.d/crm.main.cfg)"), bench.screen.removeAsked.message());
    }
}
