package io.logicminer.core;

import com.google.inject.AbstractModule;
import io.logicminer.spi.HostContext;

import java.time.Clock;

/** Binds the host services an extension may ask for in its {@code @Inject} constructor. Wiring only. */
final class HostModule extends AbstractModule {

    private final HostContext context;

    HostModule(HostContext context) {
        this.context = context;
    }

    @Override
    protected void configure() {
        bind(HostContext.class).toInstance(context);
        bind(Clock.class).toInstance(context.clock());
    }
}
