/** The monitoring figures on the Reports screen and in the review PDF. */
const monitoringReport = {
  title: 'Monitoring of previously convicted persons',
};

export default monitoringReport;
