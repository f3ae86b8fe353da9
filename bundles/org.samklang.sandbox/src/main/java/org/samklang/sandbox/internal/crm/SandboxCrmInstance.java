package org.samklang.sandbox.internal.crm;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.CustomerRecord;
import org.samklang.core.spi.ConnectorKind;
import org.samklang.core.spi.CustomerDirectory;
import org.samklang.core.spi.CustomerLookupCapabilities;
import org.samklang.core.spi.PluginContext;
import org.samklang.sandbox.internal.SandboxBackend;
import org.samklang.sandbox.internal.SandboxWorld;

/**
 * One configured sandbox CRM: a component per factory configuration of {@value SandboxCrmType#FACTORY_PID}. Each
 * start makes its own {@link SandboxCrm} from the world's seed (the same customers the traffic writes as, in a few
 * milliseconds), so two instances can have different settings.
 */
@Component(service = CustomerDirectory.class, configurationPid = SandboxCrmType.FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
public final class SandboxCrmInstance extends SandboxBackend<SandboxCrm> implements CustomerDirectory {

    public SandboxCrmInstance() {
        super(SandboxCrm.ID, ConnectorKind.CRM, "crmType.name");
    }

    @Override
    protected SandboxCrm open(PluginContext context) {
        return new SandboxCrm(SandboxWorld.DATA_SEED, context.clock());
    }

    @Override
    public CustomerLookupCapabilities lookupCapabilities() {
        return fromRunning(SandboxCrm::lookupCapabilities, new CustomerLookupCapabilities(java.util.Set.of(), false,
                false));
    }

    @Override
    public CompletableFuture<List<CustomerRecord>> findByAddress(Address address, Locale locale) {
        return call(crm -> crm.findByAddress(address, locale));
    }

    @Override
    public CompletableFuture<Optional<CustomerRecord>> findByExternalId(String externalId, Locale locale) {
        return call(crm -> crm.findByExternalId(externalId, locale));
    }
}
