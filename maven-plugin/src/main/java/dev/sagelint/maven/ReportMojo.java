package dev.sagelint.maven;

import dev.sagelint.engine.ScanResult;
import dev.sagelint.report.Labels;
import dev.sagelint.report.html.HtmlReporter;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The findings as a page of the project's site: in {@code <reporting>}, {@code mvn site} renders the scan that
 * {@code check} would run (same parameters) as the "sagelint" project report; run on its own
 * ({@code mvn sagelint:report}) it writes {@code sagelint.html} into the site folder. It never fails the build on
 * findings: that is {@code check}'s job.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public final class ReportMojo extends ScanMojo implements MavenReport {

    private static final String OUTPUT_NAME = "sagelint";

    /** Where the page goes when the goal runs on its own; {@code mvn site} sets its own folder. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    private File siteDirectory;

    @Override
    public void execute() throws MojoExecutionException {
        Path page = siteDirectory.toPath().resolve(OUTPUT_NAME + ".html");
        ScanResult result = scan().result();
        try {
            Files.createDirectories(siteDirectory.toPath());
            try (Writer writer = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
                new HtmlReporter().write(result, writer);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("sagelint: cannot write " + page + ": " + e.getMessage(), e);
        }
        getLog().info("sagelint: wrote " + Labels.path(result.root(), page));
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        ScanResult result;
        try {
            result = scan().result();
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
        sink.head();
        sink.title();
        sink.text(getName(locale));
        sink.title_();
        sink.head_();
        sink.body();
        sink.rawText(new HtmlReporter().body(result));
        sink.body_();
        sink.flush();
        sink.close();
    }

    @Override
    public String getOutputName() {
        return OUTPUT_NAME;
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "sagelint";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Insecure Amazon SageMaker configuration in the project's infrastructure code.";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        this.siteDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return siteDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    @Override
    public boolean canGenerateReport() {
        return true;
    }
}
