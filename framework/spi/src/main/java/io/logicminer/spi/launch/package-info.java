/**
 * GPU launch profiles: a {@link io.logicminer.spi.launch.LaunchProfile} names a model
 * ({@link io.logicminer.spi.launch.ModelSpec}); a {@link io.logicminer.spi.launch.LaunchBackend} reads the GPUs,
 * plans what fits ({@link io.logicminer.spi.launch.LaunchPlan}) and runs the server as a
 * {@link io.logicminer.spi.launch.SupervisedServer}.
 */
package io.logicminer.spi.launch;
