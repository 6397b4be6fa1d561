/**
 * Who may do what: organisations, staff users, roles and access scopes, login with a second factor and
 * the web security that every request passes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access",
        allowedDependencies = {"shared", "rulebook"})
package frl.ienline.identity;
