import Link from "next/link";
import { SignOutButton } from "./sign-out-button";

export interface HeaderPerson {
  name: string;
  organisationName: string;
}

/** The service name and, when signed in, who is signed in and a way to sign out. */
export function SiteHeader({ person }: { person: HeaderPerson | null }) {
  return (
    <header className="moj-header">
      <div className="moj-header__container">
        <div className="moj-header__logo">
          <Link className="moj-header__link moj-header__link--organisation-name" href="/">
            CAP Portal
          </Link>
        </div>
        {person && (
          <div className="moj-header__content">
            <nav className="moj-header__navigation" aria-label="Your account">
              <ul className="moj-header__navigation-list">
                <li className="moj-header__navigation-item cap-header-person">
                  <span className="cap-header-person__name">{person.name}</span>
                  {person.organisationName && (
                    <span className="cap-header-person__organisation">
                      {person.organisationName}
                    </span>
                  )}
                </li>
                <li className="moj-header__navigation-item">
                  <SignOutButton className="moj-header__navigation-link" />
                </li>
              </ul>
            </nav>
          </div>
        )}
      </div>
    </header>
  );
}
