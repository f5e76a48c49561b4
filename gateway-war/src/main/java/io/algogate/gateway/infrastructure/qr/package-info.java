/** QR codes drawn as PNG images (enrollment of an authenticator app). */
package io.algogate.gateway.infrastructure.qr;
