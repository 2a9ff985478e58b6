/**
 * Microsoft Entra ID credentials for Azure OpenAI: {@link io.github.realtimesessions.azure.AzureTokenSource} adapts
 * any azure-core {@code TokenCredential} to the library's {@link io.github.realtimesessions.port.TokenSource}. The
 * module depends on azure-core only; add {@code com.azure:azure-identity} for {@code DefaultAzureCredential}.
 */
package io.github.realtimesessions.azure;
