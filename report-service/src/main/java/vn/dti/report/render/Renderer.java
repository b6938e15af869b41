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

    /** The HTML page; a value never breaks from its per cent sign ("96,5 %") at the end of a line. */
    public String html(BriefContent b) {
        return Printable.clean(Templates.brief(View.of(b)).render().replace(" %", "\u00a0%"));
    }

    public String markdown(BriefContent b) {
        return Printable.clean(Templates.briefMarkdown(View.of(b)).render());
    }
}
