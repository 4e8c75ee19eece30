package io.logicminer.solver.math.engine;

import java.util.List;

/**
 * A group of topic solvers (one per mathgenerator module, e.g. all of {@code geometry}).
 *
 * <p>Groups are found with {@link java.util.ServiceLoader} through
 * {@code META-INF/services/io.logicminer.solver.math.engine.TopicGroup}, so adding a topic never edits a
 * central list. Implementations need a public no-argument constructor.
 */
public interface TopicGroup {

    /** mathgenerator module this group covers, e.g. {@code geometry}. */
    String topic();

    /** The group's solvers, one per subtopic. */
    List<TopicSolver> solvers();
}
