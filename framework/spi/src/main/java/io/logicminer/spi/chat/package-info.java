/**
 * Chat-completion models: the value types of an OpenAI-style chat request and response, the {@link
 * io.logicminer.spi.chat.ChatModel} client interface, and the {@link io.logicminer.spi.chat.ChatModelType} extension
 * point that builds clients from config.
 */
package io.logicminer.spi.chat;
