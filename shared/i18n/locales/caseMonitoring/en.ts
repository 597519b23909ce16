/** The monitoring register as the case page and the dashboard show it. */
const caseMonitoring = {
  title: 'Monitoring register',
};

export default caseMonitoring;
