/**
 * Sentence embeddings: the {@link io.logicminer.spi.embedding.SentenceEmbedder} interface and the
 * {@link io.logicminer.spi.embedding.SentenceEmbedderType} extension point a plugin (such as similarity-minilm)
 * offers one through.
 */
package io.logicminer.spi.embedding;
