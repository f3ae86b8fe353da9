package org.samklang.core.internal.plugins;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.samklang.core.api.model.ConnectorSettings;
import org.samklang.core.api.model.SettingProblem;
import org.samklang.core.spi.ConnectorConfiguration;
import org.samklang.core.spi.InboundSink;
import org.samklang.core.spi.PluginContext;
import org.samklang.core.spi.PluginType;

/**
 * Prepares one start of one instance: checks its settings (falling back to the last good ones), loads its state, and
 * builds its context with the sink bound to it. Reads secure storage and the store, so it runs on a host job thread,
 * never with the host's lock held.
 */
public final class InstanceStarter {

    /**
     * What a start will be.
     *
     * @param context               the context to start with; empty when refused
     * @param refusal               why the instance is not started, when refused
     * @param problems              what is wrong with the configured settings (also when running on earlier ones)
     * @param earlierSettingsReason when running on the last good settings, the status reason saying so; else empty
     * @param keepAsLastGood        keeps the settings started with as the last good ones (after a successful start)
     */
    record Start(Optional<PluginContext> context, Optional<String> refusal, List<SettingProblem> problems,
            String earlierSettingsReason, Runnable keepAsLastGood) {

        static Start refused(String reason, List<SettingProblem> problems) {
            return new Start(Optional.empty(), Optional.of(reason), problems, "", () -> {
            });
        }
    }

    private final PluginStore store;
    private final InboundSink sink;
    private final Clock clock;
    private final Locale locale;
    private final SettingsCheck check;

    public InstanceStarter(SecretStore secrets, PluginStore store, InboundSink sink, Clock clock, Locale locale) {
        this.store = store;
        this.sink = sink;
        this.clock = clock;
        this.locale = locale;
        this.check = new SettingsCheck(secrets, locale);
    }

    /**
     * {@return the start of instance {@code instanceId} with {@code properties}, of {@code type} (empty for a service
     * registered by hand)} {@code idTaken}: an instance bound earlier has the same id.
     */
    Start plan(String instanceId, InstanceProperties properties, Optional<PluginType> type, boolean idTaken) {
        if (!properties.isInstance()) {
            return started(instanceId, ConnectorConfiguration.EMPTY, List.of(), "", () -> {
            });
        }
        Optional<SettingProblem> badId = InstanceIds.problem(properties.instanceId().orElse(null), locale);
        if (badId.isPresent()) {
            return refused(List.of(badId.get()));
        }
        if (idTaken) {
            return refused(List.of(InstanceIds.taken(instanceId, locale)));
        }
        PluginType pluginType = type.orElseThrow();
        ConnectorSettings settings = pluginType.settings(locale);
        SettingsCheck.Verdict verdict = check.check(instanceId, settings, properties.settings());
        String factoryPid = properties.factoryPid().orElseThrow();
        if (verdict.configuration().isPresent()) {
            Map<String, String> plain = verdict.plainValues();
            return started(instanceId, verdict.configuration().get(), List.of(), "",
                    () -> keepIfChanged(instanceId, factoryPid, plain));
        }
        Optional<PluginStore.LastGood> lastGood = store.lastGood(instanceId)
                .filter(good -> good.factoryPid().equals(factoryPid));
        Optional<ConnectorConfiguration> earlier = lastGood
                .flatMap(good -> check.check(instanceId, settings, good.values()).configuration());
        if (earlier.isPresent()) {
            return started(instanceId, earlier.get(), verdict.problems(),
                    PluginTexts.text(locale, "settings.refusedRunning", joined(verdict.problems())), () -> {
                    });
        }
        return refused(verdict.problems());
    }

    private Start started(String instanceId, ConnectorConfiguration configuration, List<SettingProblem> problems,
            String earlierReason, Runnable keep) {
        PluginContext context = new InstanceContext(instanceId, configuration, clock, locale,
                InstanceState.load(instanceId, store), new BoundSink(instanceId, sink));
        return new Start(Optional.of(context), Optional.empty(), problems, earlierReason, keep);
    }

    private Start refused(List<SettingProblem> problems) {
        return Start.refused(PluginTexts.text(locale, "settings.refused", joined(problems)), problems);
    }

    private void keepIfChanged(String instanceId, String factoryPid, Map<String, String> plain) {
        PluginStore.LastGood now = new PluginStore.LastGood(factoryPid, plain);
        if (!store.lastGood(instanceId).equals(Optional.of(now))) {
            store.keepLastGood(instanceId, factoryPid, plain).whenComplete((done, error) -> {
                if (error != null) {
                    PluginHost.LOG.log(System.Logger.Level.WARNING,
                            "could not keep the settings of plugin instance {0}: {1}", instanceId, error.toString());
                }
            });
        }
    }

    private static String joined(List<SettingProblem> problems) {
        return String.join("; ", problems.stream().map(SettingProblem::message).toList());
    }
}
