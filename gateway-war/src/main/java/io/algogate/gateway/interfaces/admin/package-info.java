/**
 * The admin's JSON resources under {@code /admin/api}, for the dashboard's security pages: they need
 * a logged-in admin session and, for changes, the CSRF header ({@link AdminGuard}).
 */
package io.algogate.gateway.interfaces.admin;
