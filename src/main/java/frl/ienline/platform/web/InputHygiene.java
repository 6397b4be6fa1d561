package frl.ienline.platform.web;

import frl.ienline.shared.InputRejected;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.WebUtils;

/**
 * The one check every request parameter passes before any handler binds it (D9, D10): no C0 control
 * character other than TAB, LF and CR (NUL above all: PostgreSQL refuses it in text, and it would otherwise
 * surface as a 500 from whatever query or access-log entry the value reaches first), no value longer than
 * {@link #MAX_LENGTH}, no index a form cannot have. Query parameters, form fields, their names and uploaded
 * file names alike. A hit is {@link InputRejected}: 400 with an error summary naming the field, or
 * problem+json under {@code /api/}. Runs after the filter chain, so a refused role is refused first.
 */
@Configuration(proxyBeanMethods = false)
class InputHygiene implements HandlerInterceptor, WebMvcConfigurer {

    /** Far above any form's own limit (the longest texts are 20,000 characters); guards the handlers that trust it. */
    static final int MAX_LENGTH = 100_000;

    private static final Pattern INDEX = Pattern.compile("\\[([^]]*)]");

    static final String CONTROL_CHARACTER = "platform.input.controlCharacter";
    static final String TOO_LONG = "platform.input.tooLong";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/error");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        List<InputRejected.Problem> problems = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (hasControlCharacter(name)) {
                problems.add(new InputRejected.Problem("parameter", CONTROL_CHARACTER));
                continue;
            }
            if (!usableIndices(name)) {
                problems.add(new InputRejected.Problem(name, ErrorHandling.UNUSABLE));
                continue;
            }
            for (String value : parameter.getValue()) {
                check(name, value, problems);
            }
        }
        MultipartRequest multipart = WebUtils.getNativeRequest(request, MultipartRequest.class);
        if (multipart != null) {
            for (Map.Entry<String, List<MultipartFile>> files : multipart.getMultiFileMap().entrySet()) {
                for (MultipartFile file : files.getValue()) {
                    check(hasControlCharacter(files.getKey()) ? "file" : files.getKey(), file.getOriginalFilename(),
                            problems);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems.stream().distinct().toList());
        }
        return true;
    }

    private static void check(String where, String value, List<InputRejected.Problem> problems) {
        if (value == null) {
            return;
        }
        if (hasControlCharacter(value)) {
            problems.add(new InputRejected.Problem(where, CONTROL_CHARACTER));
        } else if (value.length() > MAX_LENGTH) {
            problems.add(new InputRejected.Problem(where, TOO_LONG));
        }
    }

    /**
     * Indexed names ({@code managerName[2]}) bind to list elements: only small non-negative indices, so the
     * binder never meets {@code [-1]} or {@code [99999]} (D10).
     */
    static boolean usableIndices(String name) {
        Matcher index = INDEX.matcher(name);
        while (index.find()) {
            String digits = index.group(1);
            if (!digits.matches("\\d{1,2}") || Integer.parseInt(digits) >= ErrorHandling.MAX_INDEXED_FIELDS) {
                return false;
            }
        }
        return true;
    }

    /** A C0 control character other than TAB, LF and CR. */
    static boolean hasControlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }
}
