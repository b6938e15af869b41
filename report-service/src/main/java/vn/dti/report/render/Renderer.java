package vn.dti.report.render;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import vn.dti.report.brief.BriefContent;

/**
 * HTML and Markdown from the stored content with Qute templates (templates/Renderer/). The HTML
 * template escapes every expression (user text like titles and names cannot become markup); the
 * Markdown template escapes Markdown syntax with {@code .md}.
 */
@ApplicationScoped
public class Renderer {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance brief(View v);

        static native TemplateInstance briefMarkdown(View v);
    }

    /** {text.md} in the Markdown template. */
    @TemplateExtension
    static String md(String text) {
        return View.md(text);
    }

    public String html(BriefContent b) {
        return Templates.brief(View.of(b)).render();
    }

    public String markdown(BriefContent b) {
        return Templates.briefMarkdown(View.of(b)).render();
    }
}
