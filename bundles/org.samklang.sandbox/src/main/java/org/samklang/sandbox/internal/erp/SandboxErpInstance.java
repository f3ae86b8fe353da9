package org.samklang.sandbox.internal.erp;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.samklang.core.spi.ConnectorKind;
import org.samklang.core.spi.OrderHistory;
import org.samklang.core.spi.OrderHistoryCapabilities;
import org.samklang.core.spi.OrdersAndInvoices;
import org.samklang.core.spi.PluginContext;
import org.samklang.sandbox.internal.SandboxBackend;
import org.samklang.sandbox.internal.SandboxWorld;

/**
 * One configured sandbox ERP: a component per factory configuration of {@value SandboxErpType#FACTORY_PID}. Each
 * start makes its own {@link SandboxErp} for the world's customers from the world's seed (the same orders the
 * traffic asks about), so two instances can have different settings.
 */
@Component(service = OrderHistory.class, configurationPid = SandboxErpType.FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
public final class SandboxErpInstance extends SandboxBackend<SandboxErp> implements OrderHistory {

    private SandboxWorld world;

    public SandboxErpInstance() {
        super(SandboxErp.ID, ConnectorKind.ERP, "erpType.name");
    }

    @Reference
    void setWorld(SandboxWorld sandboxWorld) {
        this.world = sandboxWorld;
    }

    @Override
    protected SandboxErp open(PluginContext context) {
        return new SandboxErp(world.backends().crm().customers(), SandboxWorld.DATA_SEED, context.clock());
    }

    @Override
    public OrderHistoryCapabilities historyCapabilities() {
        return fromRunning(SandboxErp::historyCapabilities, new OrderHistoryCapabilities(false, false, false));
    }

    @Override
    public CompletableFuture<OrdersAndInvoices> history(Set<String> customerExternalIds, int limit) {
        return call(erp -> erp.history(customerExternalIds, limit));
    }
}
