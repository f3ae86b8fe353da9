package org.samklang.sandbox.internal.channels;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Component;
import org.samklang.core.api.model.ConnectionTestResult;
import org.samklang.core.api.model.ConnectorSettings;
import org.samklang.core.api.model.SettingDescriptor;
import org.samklang.core.spi.ConnectorConfiguration;
import org.samklang.core.spi.ConnectorKind;
import org.samklang.core.spi.PluginType;
import org.samklang.sandbox.internal.SandboxMessages;
import org.samklang.sandbox.internal.SandboxRemote;

/**
 * The sandbox channel as a plugin type: one type with a {@value #MEDIA} setting (phone, e-mail, chat or social)
 * rather than four, since the four differ only in their limits. Its instances are {@link SandboxChannelInstance}s.
 * Besides the medium it takes the settings every sandbox connector has (reachable, answer delay) and an optional
 * password, which the simulated server accepts whatever it is: there so a demo shows where secrets go.
 */
@Component(service = PluginType.class)
public final class SandboxChannelType implements PluginType {

    /** The factory PID of sandbox channel instances. */
    public static final String FACTORY_PID = "org.samklang.sandbox.channel";
    /** Setting: which kind of channel, {@code phone}, {@code email}, {@code chat} or {@code social}. */
    public static final String MEDIA = "media";
    /** Setting: the password of the simulated server (a secret). */
    public static final String PASSWORD = "password";

    @Override
    public String factoryPid() {
        return FACTORY_PID;
    }

    @Override
    public ConnectorKind kind() {
        return ConnectorKind.CHANNEL;
    }

    @Override
    public String displayName(Locale locale) {
        return SandboxMessages.text(locale, "channelType.name");
    }

    @Override
    public String description(Locale locale) {
        return SandboxMessages.text(locale, "channelType.description");
    }

    @Override
    public ConnectorSettings settings(Locale locale) {
        ConnectorSettings shared = SandboxRemote.settings(locale);
        List<SettingDescriptor> all = new java.util.ArrayList<>();
        all.add(SettingDescriptor.choice(MEDIA, SandboxMessages.text(locale, "setting.media.label"),
                SandboxMessages.text(locale, "setting.media.description"), SandboxChannelKind.EMAIL.setting(),
                List.of("phone", "email", "chat", "social")));
        all.addAll(shared.descriptors());
        all.add(SettingDescriptor.of(PASSWORD, SettingDescriptor.Type.SECRET,
                SandboxMessages.text(locale, "setting.password.label"),
                SandboxMessages.text(locale, "setting.password.description"), "", false));
        return new ConnectorSettings(all);
    }

    /**
     * Connects to the simulated server: refused while the {@code online} setting is off, otherwise answers after the
     * configured delay, naming the server and the medium as a real plugin names host and port.
     */
    @Override
    public CompletableFuture<ConnectionTestResult> testConnection(ConnectorConfiguration configuration,
            Locale locale) {
        SandboxChannelKind kind = SandboxChannelKind.of(configuration.text(MEDIA).orElse("email"));
        String server = "sandbox-" + kind.setting() + ".samklang.example:" + port(kind);
        if (!configuration.flag(SandboxRemote.ONLINE, true)) {
            return CompletableFuture.completedFuture(ConnectionTestResult.failed(
                    SandboxMessages.text(locale, "test.refused", server)));
        }
        long delay = configuration.number(SandboxRemote.LATENCY_MILLIS, 0);
        String key = configuration.text(PASSWORD).isPresent() ? "test.signedIn" : "test.connected";
        return CompletableFuture.supplyAsync(() -> ConnectionTestResult.succeeded(
                SandboxMessages.text(locale, key, server, kind.displayName(locale))),
                CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS));
    }

    private static int port(SandboxChannelKind kind) {
        return switch (kind) {
            case PHONE -> 5060;
            case EMAIL -> 993;
            case CHAT -> 5222;
            case SOCIAL -> 443;
        };
    }
}
