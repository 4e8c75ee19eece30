/**
 * Text helpers a plugin may use without any dependency beyond the JDK, e.g.
 * {@link io.logicminer.spi.text.InterruptibleCharSequence} to keep a long regex scan within a solve's deadline.
 */
package io.logicminer.spi.text;
