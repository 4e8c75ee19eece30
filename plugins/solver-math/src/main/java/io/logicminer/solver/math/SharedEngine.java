package io.logicminer.solver.math;

import io.logicminer.solver.math.engine.MathEngine;

/** One engine per plugin class loader: the solvers are stateless, so every configured instance can share it. */
final class SharedEngine {

    private static final MathEngine ENGINE = MathEngine.loadAll();

    private SharedEngine() {
    }

    static MathEngine get() {
        return ENGINE;
    }
}
