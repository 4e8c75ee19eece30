/**
 * The logicminer service provider interface: everything a plugin compiles against.
 *
 * <p>A plugin contributes <em>types</em> through PF4J extension points: {@link io.logicminer.spi.chat.ChatModelType},
 * {@link io.logicminer.spi.solver.SolverType}, {@link io.logicminer.spi.category.CategoryType} and
 * {@link io.logicminer.spi.launch.LaunchProfile}, and {@link io.logicminer.spi.embedding.SentenceEmbedderType} for the
 * evaluator's similarity model. The host names instances of those types in its HOCON config
 * ({@code models.<name> { type = ... }}, {@code solvers.<name> { type = ... }}) and asks the type's factory method to
 * build each instance from its own {@link io.logicminer.spi.ComponentConfig} section plus the host services handed in
 * through a context object. Nothing of the host (Guice, Jetty, OkHttp, Typesafe Config, Jackson) is visible here; a
 * plugin brings its own libraries in its own class loader.
 *
 * <p>Values crossing the boundary are immutable records: {@link io.logicminer.spi.Challenge} in,
 * {@link io.logicminer.spi.Solution} out. Errors are values at this boundary: a solution carries its error.
 */
package io.logicminer.spi;
