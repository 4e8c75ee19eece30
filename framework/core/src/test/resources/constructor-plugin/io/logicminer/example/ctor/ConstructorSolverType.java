package io.logicminer.example.ctor;

import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.HostContext;
import io.logicminer.spi.solver.Solver;
import io.logicminer.spi.solver.SolverContext;
import io.logicminer.spi.solver.SolverType;
import org.pf4j.Extension;

/** Written for the old constructor injection: wants HostContext in its constructor, which the host never does. */
@Extension
public class ConstructorSolverType implements SolverType {

    private final HostContext host;

    public ConstructorSolverType(HostContext host) {
        this.host = host;
    }

    @Override
    public String type() {
        return "constructor";
    }

    @Override
    public Solver create(String name, ComponentConfig config, SolverContext context) {
        throw new UnsupportedOperationException(host.hostVersion());
    }
}
