/** What the screens say where the signed-in user's role does not reach: view-only parts, refused pages. */
const roles = {
  viewOnly: 'View only',
  viewOnlyHint: 'Your role ({{role}}) can view this but not change it.',
  notForRole: 'Not available for your role ({{role}}). Available to: {{roles}}.',
  availableTo: 'Available to: {{roles}}.',
  notPermitted: {
    title: 'Not available for your role',
    text: 'Your role ({{role}}) does not include this. Ask the administrator if your work needs it.',
    back: 'To the dashboard',
  },
  emptyDatabase: 'Cases will appear here once a supervisor imports or registers them.',
  emptyRegister: 'No one is on the register yet.',
  investigationDays_one: '{{count, number}} day',
  investigationDays_other: '{{count, number}} days',
  notSet: 'Not set',
};

export default roles;
