/**
 * The dashboard: Krazo (Jakarta MVC) controllers under {@code /app}, their JavaBean view models and
 * the small servlets that route the bare entry paths ({@code /}, {@code /login}, {@code /setup}).
 */
package io.algogate.gateway.interfaces.web;
