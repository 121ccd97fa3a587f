import type { Messages } from './sv';

export const en: Messages = {
  siteName: 'Gender Equality Portal',
  skipLink: 'Skip to content',
  nav: {
    label: 'Main menu',
    start: 'Home',
    guidance: 'Guidance',
    paths: 'Learning paths',
    examples: 'Examples',
    checklist: 'Checklist',
    myPage: 'My page',
    team: 'My team',
    statistics: 'Statistics',
    editor: 'Editorial',
    admin: 'Administration',
    signIn: 'Sign in',
    signOut: 'Sign out',
    signedInAs: 'Signed in as',
  },
  footer: {
    about: 'A portal for gender mainstreaming competence in municipalities and regions.',
    accessibility: 'Accessibility',
    privacy: 'Personal data',
    contact: 'Questions or problems? Write to',
  },
  errors: {
    notFoundTitle: 'Page not found',
    notFoundText: 'We cannot find the page you are looking for.',
    forbiddenTitle: 'Access denied',
    forbiddenText: 'This page is not open to your role.',
    forbiddenManagerText:
      'This page is not open to your role, or it concerns a unit that is not yours. Contact the portal administrator if you need it.',
    forbiddenAdminText:
      'You are an administrator, but this page cannot be opened with your account: it concerns, for example, content another organisation owns, or something only the person responsible may change. If you think this is wrong, ask another administrator in your organisation to check your role and unit.',
    errorTitle: 'Something went wrong',
    errorText: 'The page could not be shown right now. Please try again later.',
    tryAgain: 'Try again',
    toStart: 'To the start page',
  },
};
