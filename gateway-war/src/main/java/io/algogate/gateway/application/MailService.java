package io.algogate.gateway.application;

import io.algogate.gateway.domain.AccountRecoveryRepository;
import io.algogate.gateway.domain.SmtpSettings;
import io.algogate.gateway.infrastructure.crypto.GatewayCrypto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;

/** Sends plain-text mail through the SMTP server the admin configured (password decrypted per send). */
@ApplicationScoped
public class MailService {

    static final int TIMEOUT_MILLIS = 10_000;

    @Inject
    AccountRecoveryRepository repository;

    @Inject
    GatewayCrypto crypto;

    @Inject
    Clock clock;

    public boolean isConfigured() {
        return repository.smtpSettings().isPresent();
    }

    public Optional<SmtpSettings> settings() {
        return repository.smtpSettings();
    }

    /** Stores the settings; a null password keeps the stored one, so a form never has to show it. */
    public SmtpSettings configure(String host, int port, String username, String password, String fromAddress,
            SmtpSettings.Security security) {
        String encrypted = password != null ? crypto.cipher().encrypt(password)
                : repository.smtpSettings().map(SmtpSettings::getPasswordEncrypted).orElse(null);
        SmtpSettings settings = repository.smtpSettings().orElseGet(() ->
                new SmtpSettings(host, port, username, encrypted, fromAddress, security, clock.instant()));
        settings.update(host, port, username, encrypted, fromAddress, security, clock.instant());
        return repository.saveSmtpSettings(settings);
    }

    public void send(String to, String subject, String text) throws MessagingException {
        SmtpSettings settings = repository.smtpSettings()
                .orElseThrow(() -> new MessagingException("No SMTP server is configured"));
        Session session = Session.getInstance(properties(settings), authenticator(settings));
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.getFromAddress()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(text, StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        Transport.send(message);
    }

    private static Properties properties(SmtpSettings settings) {
        Properties properties = new Properties();
        boolean ssl = settings.getSecurity() == SmtpSettings.Security.SSL;
        String protocol = ssl ? "smtps" : "smtp";
        properties.put("mail.transport.protocol", protocol);
        properties.put("mail." + protocol + ".host", settings.getHost());
        properties.put("mail." + protocol + ".port", Integer.toString(settings.getPort()));
        properties.put("mail." + protocol + ".connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
        properties.put("mail." + protocol + ".timeout", Integer.toString(TIMEOUT_MILLIS));
        properties.put("mail." + protocol + ".writetimeout", Integer.toString(TIMEOUT_MILLIS));
        properties.put("mail." + protocol + ".auth", Boolean.toString(settings.getUsername() != null));
        if (settings.getSecurity() == SmtpSettings.Security.STARTTLS) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        return properties;
    }

    private Authenticator authenticator(SmtpSettings settings) {
        if (settings.getUsername() == null) {
            return null;
        }
        String password = settings.getPasswordEncrypted() == null ? ""
                : crypto.cipher().decrypt(settings.getPasswordEncrypted());
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.getUsername(), password);
            }
        };
    }
}
