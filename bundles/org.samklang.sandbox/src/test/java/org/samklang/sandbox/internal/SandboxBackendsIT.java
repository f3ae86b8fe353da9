package org.samklang.sandbox.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.samklang.core.api.CallService;
import org.samklang.core.api.ConnectorStatusService;
import org.samklang.core.api.PluginSettingsService;
import org.samklang.core.api.PresenceService;
import org.samklang.core.api.model.CallOutcome;
import org.samklang.core.api.model.CallState;
import org.samklang.core.api.model.ConnectorStatus;
import org.samklang.core.api.model.ConnectorStatus.Health;
import org.samklang.core.api.model.DeskCall;
import org.samklang.core.api.model.PersonQuery;
import org.samklang.core.api.model.PluginInstanceEdit;
import org.samklang.core.api.model.PluginTypeView;
import org.samklang.core.api.model.Presence;
import org.samklang.core.api.model.PresenceSourceKind;
import org.samklang.core.api.model.PresenceState;

/**
 * The sandbox's CRM, ERP, PBX and directory as configured plugin instances inside Equinox, as the product runs them:
 * made on the first start, offered as types with the sandbox's form, and taken out of the desk when disabled or
 * removed (the PBX's status item, calls and presence reports; the directory's people), back when added again.
 */
class SandboxBackendsIT {

    private static final long WAIT_SECONDS = 60;
    private static final String PBX = "telephony.sandbox";
    private static final String DIRECTORY = "presence.sandbox";
    private static final List<ServiceTracker<?, ?>> TRACKERS = new java.util.ArrayList<>();

    private static PluginSettingsService settings;
    private static ConnectorStatusService status;
    private static CallService calls;
    private static ServiceTracker<PresenceService, PresenceService> presence;

    @BeforeAll
    static void services() throws Exception {
        settings = service(PluginSettingsService.class);
        status = service(ConnectorStatusService.class);
        calls = service(CallService.class);
        presence = tracker(PresenceService.class);
    }

    @AfterAll
    static void closeTrackers() {
        TRACKERS.forEach(ServiceTracker::close);
    }

    @Test
    void theFourBackends_areTypesWithTheSandboxForm_andRunAsTheInstancesMadeOnTheFirstStart() throws Exception {
        Map<String, ConnectorStatus.Role> roles = Map.of("org.samklang.sandbox.crm", ConnectorStatus.Role.CRM,
                "org.samklang.sandbox.erp", ConnectorStatus.Role.ERP, "org.samklang.sandbox.pbx",
                ConnectorStatus.Role.TELEPHONY, "org.samklang.sandbox.directory", ConnectorStatus.Role.PRESENCE);
        List<PluginTypeView> types = get(settings.types(Locale.ENGLISH));
        for (Map.Entry<String, ConnectorStatus.Role> expected : roles.entrySet()) {
            PluginTypeView type = types.stream().filter(t -> t.factoryPid().equals(expected.getKey())).findFirst()
                    .orElseThrow(() -> new AssertionError("no type " + expected.getKey() + " in " + types));
            assertEquals(expected.getValue(), type.role(), type.toString());
            assertEquals(List.of("online", "latencyMillis"),
                    type.settings().descriptors().stream().map(d -> d.key()).toList());
        }
        for (String id : List.of("crm.sandbox", "erp.sandbox", PBX, DIRECTORY)) {
            assertTrue(get(settings.instances()).stream().anyMatch(i -> i.instanceId().equals(id)), id);
            awaitStatus(id, s -> s.health() == Health.ONLINE);
        }
        assertEquals("Sandlådans växel", get(settings.types(Locale.of("sv"))).stream()
                .filter(t -> t.factoryPid().equals("org.samklang.sandbox.pbx")).findFirst().orElseThrow()
                .displayName());
    }

    @Test
    void disablingTheSandboxPbx_dropsItsCalls_withdrawsItsPresenceReportsAndStatusItem_andEnablingBringsItBack()
            throws Exception {
        awaitStatus(PBX, s -> s.health() == Health.ONLINE);
        DeskCall call = awaitCall(c -> c.state() == CallState.RINGING && c.customerId().isPresent(),
                () -> DeskPhoneScenario.ring(DeskPhoneScenario.crmNumber()));
        assertInstanceOf(CallOutcome.Done.class, get(calls.answer(call.callId())));
        await(() -> myPresence().filter(p -> p.state() == PresenceState.ON_CALL
                && p.source() == PresenceSourceKind.PBX), "the PBX reporting the agent on a call");
        try {
            get(settings.setEnabled(PBX, false, Locale.ENGLISH));

            await(() -> Optional.of(status.connectors()).filter(list -> list.stream()
                    .noneMatch(s -> s.id().equals(PBX))), "the PBX's status item gone");
            await(() -> Optional.of(calls.calls()).filter(list -> list.stream()
                    .noneMatch(c -> c.callId().equals(call.callId()))), "the PBX's call dropped");
            await(() -> myPresence().filter(p -> p.source() != PresenceSourceKind.PBX), "the PBX's report withdrawn");
        } finally {
            get(settings.setEnabled(PBX, true, Locale.ENGLISH));
        }
        awaitStatus(PBX, s -> s.health() == Health.ONLINE);
        DeskCall again = awaitCall(c -> c.state() == CallState.RINGING && !c.callId().equals(call.callId()),
                () -> DeskPhoneScenario.ring(DeskPhoneScenario.crmNumber()));
        assertNotNull(again.callId());
    }

    @Test
    void aSecondSandboxPbx_isOfflineNamingTheInstanceThatHasTheOnePbx_andTheFirstRunsOn() throws Exception {
        awaitStatus(PBX, s -> s.health() == Health.ONLINE);
        get(settings.create(new PluginInstanceEdit("org.samklang.sandbox.pbx", "telephony.second", "", true,
                Map.of()), Locale.ENGLISH));
        try {
            ConnectorStatus second = awaitStatus("telephony.second", s -> s.health() == Health.OFFLINE);
            assertTrue(second.reason().contains("Sandbox PBX is used by instance telephony.sandbox"),
                    second.reason());
            assertEquals(Health.ONLINE, awaitStatus(PBX, s -> true).health());
        } finally {
            get(settings.remove("telephony.second", Locale.ENGLISH));
        }
        await(() -> Optional.of(status.connectors()).filter(list -> list.stream()
                .noneMatch(s -> s.id().equals("telephony.second"))), "the second PBX's status item gone");
        assertEquals(Health.ONLINE, awaitStatus(PBX, s -> true).health());
    }

    @Test
    void removingTheSandboxDirectory_takesItsPeopleOutOfTheDesk_andAddingItAgainBringsThemBack() throws Exception {
        PresenceService before = await(() -> Optional.ofNullable(presence.getService())
                .filter(p -> p.searchDirectory(PersonQuery.text("")).total() >= 300), "the sandbox's people");
        try {
            get(settings.remove(DIRECTORY, Locale.ENGLISH));

            await(() -> Optional.of(status.connectors()).filter(list -> list.stream()
                    .noneMatch(s -> s.id().equals(DIRECTORY))), "the directory's status item gone");
            await(() -> Optional.of(before.searchDirectory(PersonQuery.text("")).total()).filter(n -> n == 0),
                    "the directory's people gone");
            // The signed-in agent was one of them: the desk offers no presence of a person it does not know.
            await(() -> Optional.of(presence.getService() == null).filter(gone -> gone), "the presence service gone");
        } finally {
            get(settings.create(new PluginInstanceEdit("org.samklang.sandbox.directory", DIRECTORY, "", true,
                    Map.of()), Locale.ENGLISH));
        }
        PresenceService after = await(() -> Optional.ofNullable(presence.getService())
                .filter(p -> p.searchDirectory(PersonQuery.text("")).total() >= 300), "the people back");
        assertNotNull(after.myPresence());
        awaitStatus(DIRECTORY, s -> s.health() == Health.ONLINE);
    }

    private static Optional<Presence> myPresence() {
        PresenceService service = presence.getService();
        try {
            return service == null ? Optional.empty() : Optional.of(service.myPresence());
        } catch (IllegalStateException e) {
            return Optional.empty(); // withdrawn while asked: the agent is no longer listed
        }
    }

    /** Subscribes, then acts, then waits for the first change (or current call) that matches. */
    private static DeskCall awaitCall(Predicate<DeskCall> wanted, Runnable action) throws Exception {
        CompletableFuture<DeskCall> seen = new CompletableFuture<>();
        CallService.Subscription subscription = calls.subscribe(call -> {
            if (wanted.test(call)) {
                seen.complete(call);
            }
        });
        try {
            action.run();
            calls.calls().stream().filter(wanted).findFirst().ifPresent(seen::complete);
            return seen.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } finally {
            subscription.close();
        }
    }

    private static ConnectorStatus awaitStatus(String id, Predicate<ConnectorStatus> until) {
        return await(() -> status.connectors().stream().filter(s -> s.id().equals(id)).filter(until).findFirst(),
                "status of " + id + " (now " + status.connectors() + ")");
    }

    private static <T> T await(Supplier<Optional<T>> probe, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        Optional<T> found = probe.get();
        while (found.isEmpty() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            found = probe.get();
        }
        return found.orElseThrow(() -> new AssertionError("waited " + WAIT_SECONDS + " s for " + what));
    }

    private static <T> T get(CompletableFuture<T> future) throws Exception {
        return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static <S> ServiceTracker<S, S> tracker(Class<S> type) {
        BundleContext bundleContext = FrameworkUtil.getBundle(SandboxBackendsIT.class).getBundleContext();
        ServiceTracker<S, S> tracker = new ServiceTracker<>(bundleContext, type, null);
        tracker.open();
        TRACKERS.add(tracker);
        return tracker;
    }

    private static <S> S service(Class<S> type) throws InterruptedException {
        S service = tracker(type).waitForService(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        assertNotNull(service, type.getSimpleName() + " was not registered within " + WAIT_SECONDS + " s");
        return service;
    }
}
