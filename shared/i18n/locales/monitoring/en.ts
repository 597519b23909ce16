/** The Monitoring screens: the register, a person’s page and its forms. */
const monitoring = {
  title: 'Monitoring',
};

export default monitoring;
