/**
 * Categories of challenge (LogicNet's {@code Logic}): how to prompt a model, how to pull the final answer out of its
 * output, how to normalise answers and decide that two answers are the same, and optionally how to generate
 * challenges with ground truth.
 */
package io.logicminer.spi.category;
