import { classNames } from "../../shared/ui/class-names.js";
import { settingsSections } from "./settings-sections.js";
import { useActiveSection } from "./use-active-section.js";

const sectionIds = settingsSections.map((section) => section.id);

export function SettingsPage() {
  const [activeId, selectSection] = useActiveSection(sectionIds);

  return (
    <div data-testid="settings-page" className="mx-auto w-full max-w-[920px] px-5 pt-8 pb-16 sm:px-8 sm:pt-10">
      <title>Settings · Covalt</title>
      <header className="mb-8">
        <h1 className="text-[22px] font-semibold tracking-tight">Settings</h1>
        <p className="mt-1 text-fg-muted">Preferences for this Covalt install.</p>
      </header>

      <div className="flex flex-col gap-8 md:flex-row md:gap-10">
        <nav aria-label="Settings sections" className="shrink-0 md:w-48">
          <ul className="flex gap-1 md:sticky md:top-8 md:flex-col">
            {settingsSections.map((section) => {
              const Icon = section.icon;
              const active = section.id === activeId;
              return (
                <li key={section.id}>
                  {/* A plain fragment link: the router would mark every /settings link as the current page. */}
                  <a
                    href={`#${section.id}`}
                    aria-current={active ? "location" : undefined}
                    data-testid={`settings-nav-${section.id}`}
                    onClick={() => {
                      selectSection(section.id);
                    }}
                    className={classNames(
                      "flex h-8 items-center gap-2.5 rounded-lg px-2.5 text-[13.5px] font-medium transition-colors duration-150",
                      active ? "bg-selected text-fg" : "text-fg-muted hover:bg-hover hover:text-fg",
                    )}
                  >
                    <Icon className="size-4" aria-hidden="true" />
                    {section.label}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>

        <div className="flex min-w-0 flex-1 animate-appear flex-col gap-10">
          {settingsSections.map((section) => (
            <section.component key={section.id} />
          ))}
        </div>
      </div>
    </div>
  );
}
