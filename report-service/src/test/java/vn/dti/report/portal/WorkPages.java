package vn.dti.report.portal;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Opening portal pages and sending their forms as a browser would: the page's CSRF field with its cookie. */
final class WorkPages {

    private WorkPages() {
    }

    static Response open(String path, String language) {
        return given().header("Accept-Language", language).redirects().follow(false).get(path);
    }

    static Document html(Response response) {
        return Jsoup.parse(response.asString());
    }

    /** The form's fields as the page rendered them (the CSRF token among them), then {@code values} on top. */
    static RequestSpecification form(Response page, String formSelector, Map<String, String> values) {
        Element form = html(page).selectFirst(formSelector);
        if (form == null) {
            throw new AssertionError("no form " + formSelector + " on the page");
        }
        RequestSpecification request = given().redirects().follow(false).cookies(page.getCookies())
                .header("Accept-Language", "en").contentType("application/x-www-form-urlencoded; charset=UTF-8");
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name]")) {
            if (!"radio".equals(input.attr("type")) && !"file".equals(input.attr("type"))) {
                fields.put(input.attr("name"), "textarea".equals(input.tagName()) ? input.text() : input.attr("value"));
            }
        }
        fields.putAll(values);
        fields.forEach(request::formParam);
        return request;
    }

    static String action(Response page, String formSelector) {
        return html(page).selectFirst(formSelector).attr("action");
    }
}
