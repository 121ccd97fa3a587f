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
    errorTitle: 'Something went wrong',
    errorText: 'The page could not be shown right now. Please try again later.',
    tryAgain: 'Try again',
    toStart: 'To the start page',
  },
};
