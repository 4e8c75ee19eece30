/** GPU launch profiles: how to start an inference server for a model on given GPUs. */
package io.logicminer.spi.launch;
